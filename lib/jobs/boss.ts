import 'server-only';
import { PgBoss, fromPglite } from 'pg-boss';
import { databaseTarget, type DatabaseTarget } from '@/lib/db/database-target';
import { openPglite } from '@/lib/db/pglite';
import { getEnv } from '@/lib/env';
import { log } from '@/lib/log';
import { JOB_QUEUES } from './job-queues';

const globalForBoss = globalThis as unknown as { boss?: Promise<PgBoss> };

/**
 * This process's job queue (pg-boss, in its own "pgboss" schema of the app's database): on Postgres
 * through a small pool of its own, on the embedded database over the app's one PGlite instance.
 * Started once per process, with every queue of JOB_QUEUES created; workers start separately
 * (startWorkers), so a script may send jobs without running them.
 */
export function getBoss(): Promise<PgBoss> {
  if (!globalForBoss.boss) {
    const started = startBoss(databaseTarget(getEnv()));
    globalForBoss.boss = started;
    started.catch(() => {
      if (globalForBoss.boss === started) globalForBoss.boss = undefined;
    });
  }
  return globalForBoss.boss;
}

/** Queue counts (which decide when workers fetch back to back) are refreshed every 10 s, not every minute. */
const TIMING = { queueCacheIntervalSeconds: 10 };

export async function startBoss(target: DatabaseTarget): Promise<PgBoss> {
  const boss =
    target.kind === 'postgres'
      ? new PgBoss({ connectionString: target.url, max: 4, application_name: 'credentials-jobs', ...TIMING })
      : new PgBoss({ db: fromPglite(await openPglite(target.dataDir)), backend: 'pglite', ...TIMING });
  // pg-boss reports maintenance and polling errors here; without a listener they would crash the process.
  boss.on('error', (error: Error) => log.error(`job queue: ${error.message}`));
  await boss.start();
  for (const queue of JOB_QUEUES) await boss.createQueue(queue.name, queue.options);
  return boss;
}

/** Stops this process's queue: workers finish the jobs they hold (up to timeoutMs), then it closes. */
export async function stopBoss(timeoutMs = 10_000) {
  const started = globalForBoss.boss;
  globalForBoss.boss = undefined;
  if (!started) return;
  const boss = await started.catch(() => undefined);
  await boss?.stop({ graceful: true, timeout: timeoutMs, close: true });
}
