import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { authorizeWebhooks } from './authorize';
import { endpointDtoSelect, toEndpointDto, type WebhookEndpointDto } from './endpoint-dto';
import { endpointNotFound } from './errors';
import { endpointId } from './endpoint-id';

/** Where the previous page stopped: its last row's creation time and id. */
export interface PagePosition {
  createdAt: Date;
  id: string;
}

export interface Page<Item> {
  items: Item[];
  next: PagePosition | null;
}

/** Newest first, continued by keyset (creation time, then id), like the credentials API. */
export const after = (position?: PagePosition) =>
  position ? { OR: [{ createdAt: { lt: position.createdAt } }, { createdAt: position.createdAt, id: { lt: position.id } }] } : {};

export function pageOf<Row extends { createdAt: Date; id: string }>(rows: Row[], take: number): { rows: Row[]; next: PagePosition | null } {
  const page = rows.slice(0, take);
  const last = page[page.length - 1];
  return { rows: page, next: rows.length > take && last ? { createdAt: last.createdAt, id: last.id } : null };
}

export async function listWebhookEndpoints(actor: Actor, { limit, after: position }: { limit: number; after?: PagePosition }): Promise<Page<WebhookEndpointDto>> {
  authorizeWebhooks(actor);
  const db = await getDb();
  const take = Math.min(Math.max(1, limit), 100);
  const rows = await db.webhookEndpoint.findMany({
    where: { workspaceId: actor.workspaceId, ...after(position) },
    select: endpointDtoSelect,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: take + 1,
  });
  const page = pageOf(rows, take);
  return { items: page.rows.map(toEndpointDto), next: page.next };
}

export async function getWebhookEndpoint(actor: Actor, id: string): Promise<WebhookEndpointDto> {
  authorizeWebhooks(actor);
  const db = await getDb();
  const row = await db.webhookEndpoint.findFirst({ where: { id: endpointId(id), workspaceId: actor.workspaceId }, select: endpointDtoSelect });
  if (!row) throw endpointNotFound();
  return toEndpointDto(row);
}
