import 'server-only';
import type { PagePosition } from '@/lib/credentials/list-credentials-page';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque to clients so the ordering can change without breaking them: base64url of "time|id". */
export const encodeCursor = (position: PagePosition) => Buffer.from(`${position.createdAt.toISOString()}|${position.id}`).toString('base64url');

export function decodeCursor(cursor: string): PagePosition | null {
  const [time, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !time || !id || !UUID.test(id)) return null;
  const createdAt = new Date(time);
  return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id };
}
