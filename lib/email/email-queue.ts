import 'server-only';
import { defineQueue } from '@/lib/jobs/queue';
import { getMetrics } from '@/lib/observability/metrics.js';
import { deliverEmail } from './deliver-email';
import { EMAIL_QUEUE, EMAIL_RETRY_LIMIT, type EmailJob } from './email-job';

export const emailQueue = defineQueue<EmailJob>({
  ...EMAIL_QUEUE,
  workOptions: () => ({ batchSize: 1, pollingIntervalSeconds: 2 }),
  async work([job]) {
    if (!job) return;
    const lastAttempt = job.retryCount >= EMAIL_RETRY_LIMIT;
    const metrics = getMetrics();
    try {
      const outcome = await deliverEmail(job.data.messageId, { lastAttempt });
      if (metrics.enabled) metrics.deliveries.inc({ channel: 'email', outcome });
    } catch (error) {
      if (metrics.enabled) metrics.deliveries.inc({ channel: 'email', outcome: lastAttempt ? 'failed' : 'retry' });
      throw error;
    }
  },
});
