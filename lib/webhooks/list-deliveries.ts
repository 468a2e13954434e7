import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { authorizeWebhooks } from './authorize';
import { endpointId } from './endpoint-id';
import { endpointNotFound } from './errors';
import { after, pageOf, type Page, type PagePosition } from './list-endpoints';

export interface DeliveryAttemptDto {
  at: string;
  httpStatus: number | null;
  durationMs: number;
  error: string | null;
}

/** A delivery as the log shows it: what was sent when, and every attempt; never the body or its signature. */
export interface DeliveryDto {
  id: string;
  messageId: string;
  eventType: string;
  state: string;
  createdAt: string;
  deliveredAt: string | null;
  attempts: DeliveryAttemptDto[];
}

export async function listWebhookDeliveries(actor: Actor, id: string, { limit, after: position }: { limit: number; after?: PagePosition }): Promise<Page<DeliveryDto>> {
  authorizeWebhooks(actor);
  const db = await getDb();
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: endpointId(id), workspaceId: actor.workspaceId }, select: { id: true } });
  if (!endpoint) throw endpointNotFound();
  const take = Math.min(Math.max(1, limit), 100);
  const rows = await db.webhookDelivery.findMany({
    where: { endpointId: endpoint.id, ...after(position) },
    select: {
      id: true, messageId: true, eventType: true, state: true, createdAt: true, deliveredAt: true,
      attempts: { select: { attemptedAt: true, httpStatus: true, durationMs: true, error: true }, orderBy: { attemptedAt: 'asc' } },
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: take + 1,
  });
  const page = pageOf(rows, take);
  return {
    items: page.rows.map((row) => ({
      id: row.id,
      messageId: row.messageId,
      eventType: row.eventType,
      state: row.state,
      createdAt: row.createdAt.toISOString(),
      deliveredAt: row.deliveredAt?.toISOString() ?? null,
      attempts: row.attempts.map((attempt) => ({ at: attempt.attemptedAt.toISOString(), httpStatus: attempt.httpStatus, durationMs: attempt.durationMs, error: attempt.error })),
    })),
    next: page.next,
  };
}
