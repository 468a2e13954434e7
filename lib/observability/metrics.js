// @ts-check
// Plain JavaScript: server.js times every request, and the app counts Planhat calls, checks, vault
// use, jobs and deliveries; one prom-client registry on globalThis serves both. Scraped at /api/metrics.
import client from 'prom-client';

const METRICS = Symbol.for('credential-manager.metrics');

/** @typedef {ReturnType<typeof createMetrics>} Metrics */

function createMetrics() {
  const register = new client.Registry();
  client.collectDefaultMetrics({ register });
  const registers = [register];
  return {
    register,
    /** Off with METRICS_ENABLED=false: nothing is counted and /api/metrics answers 404. */
    enabled: (process.env.METRICS_ENABLED ?? '').trim().toLowerCase() !== 'false',
    httpDuration: new client.Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method, route pattern and status.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    planhatCalls: new client.Counter({
      name: 'planhat_requests_total',
      help: 'Requests sent to Planhat (each retry counts), by model, cluster and outcome.',
      labelNames: ['model', 'cluster', 'outcome'],
      registers,
    }),
    planhatDuration: new client.Histogram({
      name: 'planhat_request_duration_seconds',
      help: 'Time for Planhat to answer one request, by model, cluster and outcome.',
      labelNames: ['model', 'cluster', 'outcome'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8],
      registers,
    }),
    credentialChecks: new client.Counter({
      name: 'credential_checks_total',
      help: 'Credential checks against their service, by connector and outcome (when saved, re-checked or checked on schedule).',
      labelNames: ['connector', 'outcome'],
      registers,
    }),
    vaultOperations: new client.Counter({
      name: 'vault_operations_total',
      help: 'Secrets sealed and opened by the vault, by operation (seal, open) and outcome (ok, failed).',
      labelNames: ['operation', 'outcome'],
      registers,
    }),
    deliveries: new client.Counter({
      name: 'deliveries_total',
      help: 'Webhook and email delivery attempts, by channel (webhook, email) and outcome.',
      labelNames: ['channel', 'outcome'],
      registers,
    }),
    jobQueueDepth: new client.Gauge({
      name: 'job_queue_depth',
      help: 'Jobs waiting to run now, by queue (read from the database when scraped: the same on every instance).',
      labelNames: ['queue'],
      registers,
    }),
    jobQueueLag: new client.Gauge({
      name: 'job_queue_lag_seconds',
      help: 'How long the oldest job that could run has been waiting, by queue.',
      labelNames: ['queue'],
      registers,
    }),
  };
}

/** @returns {Metrics} */
export function getMetrics() {
  const holder = /** @type {Record<symbol, Metrics | undefined>} */ (/** @type {unknown} */ (globalThis));
  holder[METRICS] ??= createMetrics();
  return holder[METRICS];
}
