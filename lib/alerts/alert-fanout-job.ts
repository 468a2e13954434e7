import type { JobQueue } from '@/lib/jobs/queue';

/** One job per alert (its data is the CredentialAlert, which holds no secret); worked in ./alert-fanout-queue.ts. */
export const ALERT_FANOUT_QUEUE = {
  name: 'alert-fanout',
  options: { retryLimit: 8, retryDelay: 5, retryBackoff: true, retryDelayMax: 600 },
} as const satisfies JobQueue;
