/**
 * A stand-in for Planhat's REST API, for tests, e2e runs and benchmarks.
 * Run: npx tsx lib/testing/planhat-double/server.ts   (PORT, PLANHAT_DOUBLE_CONFIG, PLANHAT_DOUBLE_LATENCY_MS)
 * Import: startPlanhatDouble({ port: 0 }) for an in-process double on a random port.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPlanhatDouble } from './start';

export { startPlanhatDouble, type PlanhatDouble, type StartOptions } from './start';
export { DEFAULT_TOKENS, type Behaviour, type TokenScenario } from './scenarios';
export { tokenFingerprint, type RequestLogEntry } from './state';

const runDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (runDirectly) {
  const double = await startPlanhatDouble({ port: Number(process.env.PORT ?? 4010), host: process.env.HOST ?? '127.0.0.1' });
  console.log(`Planhat double listening on ${double.url}`);
  console.log(`PLANHAT_API_URL_TEMPLATE=${double.urlTemplate}`);
  const shutdown = () => void double.close().then(() => process.exit(0));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
