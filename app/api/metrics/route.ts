import { log } from '@/lib/log';
import { refreshJobQueueGauges } from '@/lib/observability/job-queue-gauges';
import { metricsAccess } from '@/lib/observability/metrics-access';
import { getMetrics } from '@/lib/observability/metrics.js';

export const dynamic = 'force-dynamic';

const PROBLEM_TITLES = { 401: 'A metrics token is required', 403: 'Metrics are not public', 404: 'Not found' } as const;

/** Prometheus text format: this instance's metrics (each instance of several is scraped on its own). */
export async function GET(request: Request) {
  const access = metricsAccess(request);
  if (!access.ok) {
    const headers: Record<string, string> = { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' };
    if (access.status === 401) headers['WWW-Authenticate'] = 'Bearer realm="metrics"';
    return new Response(JSON.stringify({ title: PROBLEM_TITLES[access.status], status: access.status, detail: access.detail }), { status: access.status, headers });
  }
  const { register } = getMetrics();
  // The queue gauges need the database; a scrape during an outage still gets every other metric.
  await refreshJobQueueGauges().catch((error: unknown) => log.warn('metrics: job queue depth could not be read', { err: error }));
  return new Response(await register.metrics(), { headers: { 'Content-Type': register.contentType, 'Cache-Control': 'no-store' } });
}
