import type { JobQueue } from '@/lib/jobs/queue';

/** One scheduled check: the credential and the due time it was queued for. No secret. */
export interface HealthCheckJob {
  credentialId: string;
  workspaceId: string;
  dueAtMs: number;
}

/** Queued by the dispatcher (./schedule.ts), worked in ./health-check-queue.ts. */
export const HEALTH_CHECK_QUEUE = {
  name: 'health-check',
  // exclusive: at most one waiting or running job per credential (singletonKey), whoever sends it.
  options: { policy: 'exclusive', retryLimit: 2, retryDelay: 30, expireInSeconds: 300, deleteAfterSeconds: 3600 },
} as const satisfies JobQueue;
