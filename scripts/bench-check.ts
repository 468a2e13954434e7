/**
 * How long a full Planhat token check takes when every Planhat response takes 200 ms.
 * Run: npx tsx --conditions=react-server scripts/bench-check.ts [runs]
 * Target: a check on `api` costs at most 1.5x the slowest single probe (probes run in parallel), never 11x.
 */
import { startPlanhatDouble } from '@/lib/testing/planhat-double/server';
import { checkPlanhatToken } from '@/lib/connectors/planhat/check-planhat-token';
import { PLANHAT_MODEL_IDS } from '@/lib/connectors/planhat/models';
import { readRecords } from '@/lib/connectors/planhat/read-records';

const LATENCY_MS = 200;
const TARGET_RATIO = 1.5;
const runs = Number(process.argv[2] ?? 5);
const apiToken = 'bench-token-api-full-access-0000000001';
const euToken = 'bench-token-eu-full-access-00000000002';

const double = await startPlanhatDouble({
  port: 0,
  latencyMs: LATENCY_MS,
  tokens: [
    { token: apiToken, cluster: 'api' },
    { token: euToken, cluster: 'api-eu' },
  ],
});
const urlTemplate = double.urlTemplate;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const fmt = (ms: number) => `${ms.toFixed(0).padStart(5)} ms`;

try {
  // Each probe on its own, one after another: the baseline, and what a sequential check would cost.
  const single: number[] = [];
  for (const model of PLANHAT_MODEL_IDS) {
    const { ms, value } = await timed(() => readRecords({ token: apiToken, cluster: 'api', model, limit: 1, offset: 0, select: ['_id'] }, { urlTemplate }));
    if (!value.ok) throw new Error(`probe of ${model} failed: ${value.error}`);
    single.push(ms);
  }
  const slowest = Math.max(...single);
  const sequential = single.reduce((sum, ms) => sum + ms, 0);

  async function measure(name: string, token: string, region: 'auto' | 'api') {
    const totals: number[] = [];
    let requests = 0;
    for (let run = 0; run < runs; run++) {
      double.clearRequests();
      const { ms, value } = await timed(() => checkPlanhatToken({ apiAccessToken: token, region }, { urlTemplate }));
      if (value.status !== 'verified' || value.readableCount !== 11) throw new Error(`${name}: expected a verified check, got ${value.status}`);
      totals.push(ms);
      requests = double.requests().length;
    }
    return { name, median: median(totals), worst: Math.max(...totals), cluster: region, requests };
  }

  const results = [
    await measure('api token, region api', apiToken, 'api'),
    await measure('api token, auto-detect', apiToken, 'auto'),
    await measure('api-eu token, auto-detect', euToken, 'auto'),
  ];

  console.log(`Planhat double: ${LATENCY_MS} ms on every response; ${runs} runs per case\n`);
  console.log(`median single probe          ${fmt(median(single))}`);
  console.log(`slowest single probe         ${fmt(slowest)}`);
  console.log(`11 probes one after another  ${fmt(sequential)}  (${(sequential / slowest).toFixed(1)}x, what a sequential check would cost)\n`);
  console.log('case                          median     worst   ratio  requests');
  for (const result of results) {
    console.log(
      `${result.name.padEnd(28)} ${fmt(result.median)}  ${fmt(result.worst)}  ${(result.median / slowest).toFixed(2).padStart(5)}x  ${String(result.requests).padStart(5)}`,
    );
  }
  const [onApi, autoApi] = results;
  const passed = [onApi, autoApi].every((result) => result !== undefined && result.median <= slowest * TARGET_RATIO);
  console.log(`\ntarget for tokens on api: median <= ${TARGET_RATIO}x slowest probe (${fmt(slowest * TARGET_RATIO).trim()}): ${passed ? 'PASS' : 'FAIL'}`);
  console.log('api-eu via auto-detect needs three round trips by design: api (401), one companies probe per other region, then the other 10 models.');
  if (!passed) process.exitCode = 1;
} finally {
  await double.close();
}
