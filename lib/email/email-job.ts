import type { JobQueue } from '@/lib/jobs/queue';

/** Only the outbox row's id: addresses, links and bodies stay in the database (EmailMessage). */
export interface EmailJob {
  messageId: string;
}

export const EMAIL_RETRY_LIMIT = 10;

/**
 * Email goes out in the background (./email-queue.ts), so a slow or failing SMTP server never holds
 * up a check or a request. Retries back off from 30 s to at most an hour: about four hours of tries in all.
 */
export const EMAIL_QUEUE = {
  name: 'email',
  options: { retryLimit: EMAIL_RETRY_LIMIT, retryDelay: 30, retryBackoff: true, retryDelayMax: 3600, expireInSeconds: 120 },
} as const satisfies JobQueue;
