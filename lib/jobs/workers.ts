import 'server-only';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { Job, PgBoss } from 'pg-boss';
import { log } from '@/lib/log';
import { markWorkersStarted, onShutdown } from '@/lib/observability/lifecycle.js';
import { ALL_QUEUES } from './all-queues';
import { getBoss, stopBoss } from './boss';
import type { QueueDefinition } from './queue';

const globalForWorkers = globalThis as unknown as { workers?: Promise<PgBoss> };
const tracer = trace.getTracer('credential-manager');

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

/**
 * One span per batch and one log line per job: queue, id, retry, outcome and duration (never the
 * job's data, which the queue module owns).
 */
function workLogged<Data extends object>(queue: QueueDefinition<Data>, jobs: Job<Data>[], boss: PgBoss) {
  return tracer.startActiveSpan(`job ${queue.name}`, { attributes: { 'job.queue': queue.name, 'job.count': jobs.length } }, async (span) => {
    try {
      await workAndLog(queue, jobs, boss);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'failed' });
      throw error;
    } finally {
      span.end();
    }
  });
}

async function workAndLog<Data extends object>(queue: QueueDefinition<Data>, jobs: Job<Data>[], boss: PgBoss) {
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
