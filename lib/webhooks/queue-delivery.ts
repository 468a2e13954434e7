import 'server-only';
import { randomUUID } from 'node:crypto';
import { getDb } from '@/lib/db/client';
import { getBoss } from '@/lib/jobs/boss';
import { WEBHOOK_DELIVERY_QUEUE } from './delivery-job';
import type { WebhookEnvelope } from './envelope';

export interface Message {
  /** webhook-id: the alert's id (so one alert reaches an endpoint once), or a fresh id for a test. */
  id: string;
  envelope: WebhookEnvelope;
}

/**
 * Records the delivery of a message to an endpoint and queues its first attempt. Idempotent by
 * (message, endpoint): a fan-out that runs again finds the delivery and does not send twice; a
 * delivery recorded before its job could be queued is queued now (the job id is the delivery id,
 * so pg-boss keeps one).
 */
export async function queueDelivery(endpoint: { id: string; workspaceId: string }, message: Message): Promise<string> {
  const db = await getDb();
  const key = { endpointId: endpoint.id, messageId: message.id };
  const [created] = await db.webhookDelivery.createManyAndReturn({
    data: [{ id: randomUUID(), ...key, workspaceId: endpoint.workspaceId, eventType: message.envelope.type, payload: JSON.stringify(message.envelope) }],
    skipDuplicates: true,
    select: { id: true },
  });
  const delivery = created ? { id: created.id, attemptCount: 0 } : await db.webhookDelivery.findUniqueOrThrow({ where: { endpointId_messageId: key }, select: { id: true, attemptCount: true } });
  // Attempted already: its job exists (and retries by itself); a second one would only be a no-op.
  if (delivery.attemptCount > 0) return delivery.id;
  const boss = await getBoss();
  await boss.send(WEBHOOK_DELIVERY_QUEUE.name, { deliveryId: delivery.id }, { id: delivery.id });
  return delivery.id;
}
