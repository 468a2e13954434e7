import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { authorizeWebhooks } from './authorize';
import { endpointId } from './endpoint-id';
import { testEnvelope } from './envelope';
import { endpointNotFound } from './errors';
import { queueDelivery } from './queue-delivery';

/** Queues a `test` event to the endpoint now, through the same queue, signing and log as alerts. */
export async function sendTestEvent(actor: Actor, id: string): Promise<{ deliveryId: string; messageId: string }> {
  authorizeWebhooks(actor);
  const db = await getDb();
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: endpointId(id), workspaceId: actor.workspaceId }, select: { id: true, workspaceId: true } });
  if (!endpoint) throw endpointNotFound();
  const messageId = randomUUID();
  const envelope = testEnvelope({ endpointId: endpoint.id, workspace: { id: actor.workspaceId, name: actor.workspaceName }, sentBy: actor.name, at: new Date() });
  const deliveryId = await queueDelivery(endpoint, { id: messageId, envelope });
  return { deliveryId, messageId };
}
