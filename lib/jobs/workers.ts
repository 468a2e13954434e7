import 'server-only';
import type { Job, PgBoss } from 'pg-boss';
import { log } from '@/lib/log';
import { markWorkersStarted, onShutdown } from '@/lib/observability/lifecycle.js';
import { ALL_QUEUES } from './all-queues';
import { getBoss, stopBoss } from './boss';
import type { QueueDefinition } from './queue';

const globalForWorkers = globalThis as unknown as { workers?: Promise<PgBoss> };

/**
 * Starts this instance's workers for every queue, once per process (the app server calls it at
 * boot). On shutdown they finish the jobs they hold (pg-boss's graceful stop) before the queue closes.
 */
export function startWorkers(): Promise<PgBoss> {
  globalForWorkers.workers ??= (async () => {
    const boss = await getBoss();
    for (const queue of ALL_QUEUES) {
      await boss.work(queue.name, queue.workOptions(), (jobs) => workLogged(queue, jobs, boss));
    }
    onShutdown({ name: 'job workers', phase: 'work', stop: (timeoutMs: number) => stopBoss(timeoutMs) });
    markWorkersStarted();
    log.info(`background jobs: ${ALL_QUEUES.map((queue) => queue.name).join(', ') || 'none'}`);
    return boss;
  })();
  return globalForWorkers.workers;
}

/** One log line per job: queue, id, retry, outcome and duration (never its data, which the queue module owns). */
async function workLogged<Data extends object>(queue: QueueDefinition<Data>, jobs: Job<Data>[], boss: PgBoss) {
  const started = performance.now();
  const lines = (outcome: string, error?: unknown) => {
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    for (const job of jobs) {
      const fields = { queue: queue.name, jobId: job.id, retry: (job as { retryCount?: number }).retryCount ?? 0, outcome, durationMs };
      if (error) log.warn('job failed', { ...fields, err: error });
      else log.info('job', fields);
    }
  };
  try {
    await queue.work(jobs, boss);
    lines('completed');
  } catch (error) {
    lines('failed', error);
    throw error;
  }
}
