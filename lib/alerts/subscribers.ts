import 'server-only';
import { webhookAlertSubscriber } from '@/lib/webhooks/alert-subscriber';
import { peopleAlertSubscriber } from '@/lib/notifications/notify-people';
import type { AlertSubscriber } from './alert';

/** Who hears about alerts, in this order. */
export const ALERT_SUBSCRIBERS: AlertSubscriber[] = [
  // The people who can act on the credential: the bell and alert emails.
  peopleAlertSubscriber,
  // The systems that listen: signed webhooks.
  webhookAlertSubscriber,
];
