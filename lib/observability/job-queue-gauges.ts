import 'server-only';
import { getDb } from '@/lib/db/client';
import { JOB_QUEUES } from '@/lib/jobs/job-queues';
import { getMetrics } from './metrics.js';

/**
 * Sets job_queue_depth (jobs that could run now) and job_queue_lag_seconds (how long the oldest of
 * them has waited) for every queue, read from pg-boss's table when /api/metrics is scraped.
 */
export async function refreshJobQueueGauges() {
  const { jobQueueDepth, jobQueueLag } = getMetrics();
  const db = await getDb();
  const rows = await db.$queryRaw<{ name: string; ready: number; lag: number | null }[]>`
    SELECT name, count(*)::int AS ready, extract(epoch FROM now() - min(start_after))::float8 AS lag
    FROM pgboss.job
    WHERE state IN ('created', 'retry') AND start_after <= now()
    GROUP BY name`;
  const byName = new Map(rows.map((row) => [row.name, row]));
  for (const { name } of JOB_QUEUES) {
    const row = byName.get(name);
    jobQueueDepth.set({ queue: name }, row?.ready ?? 0);
    jobQueueLag.set({ queue: name }, Math.max(0, row?.lag ?? 0));
  }
}
