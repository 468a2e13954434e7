import 'server-only';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { defineQueue } from '@/lib/jobs/queue';
import { HEALTH_CHECK_QUEUE, type HealthCheckJob } from './health-check-job';
import { checkAndRecord, checkedRowSelect } from './record-check';
import { remindRotationIfDue } from './rotation-reminder';
import { claimCheck } from './schedule';


export const healthCheckQueue = defineQueue<HealthCheckJob>({
  ...HEALTH_CHECK_QUEUE,
  // Each of the instance's workers takes one check at a time; while checks are waiting it fetches the
  // next at once (burst) instead of once per polling interval, which capped an instance at 8 checks/s.
  workOptions: () => ({ batchSize: 1, localConcurrency: getEnv().HEALTH_CHECK_CONCURRENCY, pollingIntervalSeconds: 1, burstWhenReadyExceeds: 1 }),
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
