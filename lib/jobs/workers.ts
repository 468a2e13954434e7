import 'server-only';
import type { PgBoss } from 'pg-boss';
import { log } from '@/lib/log';
import { ALL_QUEUES } from './all-queues';
import { getBoss } from './boss';

const globalForWorkers = globalThis as unknown as { workers?: Promise<PgBoss> };

/** Starts this instance's workers for every queue, once per process (the app server calls it at boot). */
export function startWorkers(): Promise<PgBoss> {
  globalForWorkers.workers ??= (async () => {
    const boss = await getBoss();
    for (const queue of ALL_QUEUES) {
      await boss.work(queue.name, queue.workOptions(), (jobs) => queue.work(jobs, boss));
    }
    log.info(`background jobs: ${ALL_QUEUES.map((queue) => queue.name).join(', ') || 'none'}`);
    return boss;
  })();
  return globalForWorkers.workers;
}
