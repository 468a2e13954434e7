import 'server-only';
import { defineQueue } from '@/lib/jobs/queue';
import { getMetrics } from '@/lib/observability/metrics.js';
import { attemptDelivery } from './attempt-delivery';
import { WEBHOOK_DELIVERY_QUEUE, type DeliveryJob } from './delivery-job';
import { WEBHOOK_RETRY_POLICY } from './retry-policy';

export class DeliveryFailed extends Error {
  override name = 'DeliveryFailed';
}

export const webhookDeliveryQueue = defineQueue<DeliveryJob>({
  ...WEBHOOK_DELIVERY_QUEUE,
  workOptions: () => ({ batchSize: 1, pollingIntervalSeconds: 1, localConcurrency: 4, includeMetadata: true }),
  async work([job]) {
    if (!job) return;
    const lastTry = job.retryCount >= ((job as { retryLimit?: number }).retryLimit ?? WEBHOOK_RETRY_POLICY.retryLimit);
    const outcome = await attemptDelivery(job.data.deliveryId, { lastTry });
    const metrics = getMetrics();
    if (metrics.enabled) metrics.deliveries.inc({ channel: 'webhook', outcome });
    // Throwing hands the job back to pg-boss, which retries it on the backoff schedule.
    if (outcome === 'retry') throw new DeliveryFailed(`webhook delivery ${job.data.deliveryId} failed; pg-boss retries it`);
  },
});
