import type { JobQueue } from '@/lib/jobs/queue';
import { WEBHOOK_RETRY_POLICY } from './retry-policy';

/** A job per delivery, keyed by the delivery's id; it carries nothing else (the secret stays sealed in its row). */
export interface DeliveryJob {
  deliveryId: string;
}

/** Queued by ./queue-delivery.ts, worked in ./delivery-queue.ts. */
export const WEBHOOK_DELIVERY_QUEUE = {
  name: 'webhook-delivery',
  // An attempt takes at most 10 s; the rest is headroom before pg-boss would count it as lost.
  options: { ...WEBHOOK_RETRY_POLICY, expireInSeconds: 60 },
} as const satisfies JobQueue;
