import 'server-only';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { defineQueue } from '@/lib/jobs/queue';
import { checkAndRecord, checkedRowSelect } from './record-check';
import { remindRotationIfDue } from './rotation-reminder';
import { claimCheck } from './schedule';

export const HEALTH_CHECK_QUEUE = 'health-check';

/** One scheduled check: the credential and the due time it was queued for. No secret. */
export interface HealthCheckJob {
  credentialId: string;
  workspaceId: string;
  dueAtMs: number;
}

export const healthCheckQueue = defineQueue<HealthCheckJob>({
  name: HEALTH_CHECK_QUEUE,
  // exclusive: at most one waiting or running job per credential (singletonKey), whoever sends it.
  options: { policy: 'exclusive', retryLimit: 2, retryDelay: 30, expireInSeconds: 300, deleteAfterSeconds: 3600 },
  workOptions: () => ({ batchSize: 1, localConcurrency: getEnv().HEALTH_CHECK_CONCURRENCY, pollingIntervalSeconds: 1 }),
  async work([job]) {
    if (!job) return;
    await runScheduledCheck(job);
  },
});

/** A scheduled check, once per cycle whatever the number of instances and duplicate jobs. */
export async function runScheduledCheck(job: { id: string; data: HealthCheckJob }) {
  const db = await getDb();
  const defaultSeconds = getEnv().HEALTH_CHECK_EVERY / 1000;
  if (!(await claimCheck(db, job, defaultSeconds))) return;
  const row = await db.credential.findUnique({ where: { id: job.data.credentialId }, select: checkedRowSelect });
  if (!row) return;
  await checkAndRecord(db, row, 'scheduled');
  await remindRotationIfDue(db, row.id);
}
