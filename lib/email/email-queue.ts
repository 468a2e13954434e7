import 'server-only';
import { defineQueue } from '@/lib/jobs/queue';
import { getMetrics } from '@/lib/observability/metrics.js';
import { deliverEmail } from './deliver-email';

/** Only the outbox row's id: addresses, links and bodies stay in the database (EmailMessage). */
export interface EmailJob {
  messageId: string;
}

const RETRY_LIMIT = 10;

/**
 * Email goes out in the background, so a slow or failing SMTP server never holds up a check or a
 * request. Retries back off from 30 s to at most an hour: about four hours of tries in all.
 */
export const emailQueue = defineQueue<EmailJob>({
  name: 'email',
  options: { retryLimit: RETRY_LIMIT, retryDelay: 30, retryBackoff: true, retryDelayMax: 3600, expireInSeconds: 120 },
  workOptions: () => ({ batchSize: 1, pollingIntervalSeconds: 2 }),
  async work([job]) {
    if (!job) return;
    const lastAttempt = job.retryCount >= RETRY_LIMIT;
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
