import 'server-only';
import { webhookAlertSubscriber } from '@/lib/webhooks/alert-subscriber';
import { peopleAlertSubscriber } from '@/lib/notifications/notify-people';
import type { CredentialAlert } from './alert';

/**
 * Who hears about alerts: each subscriber gets every alert (and decides which types it cares about)
 * from the "alert-fanout" job, which retries the whole fan-out when one throws, so a subscriber
 * must be idempotent by alert.id.
 */
export type AlertSubscriber = { name: string; deliver: (alert: CredentialAlert) => Promise<void> };

export const ALERT_SUBSCRIBERS: AlertSubscriber[] = [
  // The people who can act on the credential: the bell and alert emails.
  peopleAlertSubscriber,
  // The systems that listen: signed webhooks.
  webhookAlertSubscriber,
];
