import 'server-only';
import { decodeCursor } from '@/lib/api/cursor';
import { problem } from '@/lib/api/problem';
import type { PagePosition } from '@/lib/webhooks/list-endpoints';

/** The position a `cursor` parameter stands for, or the problem to answer when it is not one we gave out. */
export function pagePosition(cursor: string | undefined): { ok: true; after?: PagePosition } | { ok: false; response: Response } {
  if (cursor === undefined) return { ok: true };
  const after = decodeCursor(cursor);
  if (after) return { ok: true, after };
  return { ok: false, response: problem('invalid-request', 'This cursor is not one we gave out. Pass `nextCursor` from the previous page unchanged.', { errors: [{ parameter: 'cursor', detail: 'Unknown cursor.' }] }) };
}
