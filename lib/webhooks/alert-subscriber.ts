import 'server-only';
import type { AlertSubscriber, CredentialAlert } from '@/lib/alerts/alert';
import { getDb } from '@/lib/db/client';
import { alertEnvelope } from './envelope';
import { queueDelivery } from './queue-delivery';

/**
 * Queues a delivery of the alert to every turned-on endpoint of its workspace that subscribed to
 * its type. Safe to run again for the same alert (queueDelivery is idempotent by alert and endpoint).
 */
export async function queueAlertDeliveries(alert: CredentialAlert): Promise<void> {
  const db = await getDb();
  const endpoints = await db.webhookEndpoint.findMany({
    where: { workspaceId: alert.workspace.id, enabled: true, events: { has: alert.type } },
    select: { id: true, workspaceId: true },
  });
  if (endpoints.length === 0) return;
  const envelope = alertEnvelope(alert);
  for (const endpoint of endpoints) await queueDelivery(endpoint, { id: alert.id, envelope });
}

export const webhookAlertSubscriber: AlertSubscriber = { name: 'webhooks', deliver: queueAlertDeliveries };
