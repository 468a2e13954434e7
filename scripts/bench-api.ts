/**
 * Throughput of POST /api/v1/credentials on a production build against Postgres:
 *   20 clients create credentials for 30 s with verify: false   target: >= 300 creates/s, p95 < 100 ms
 *   then the same with the Planhat check against the test double (0 ms latency)      (figures only)
 *   and verify: false again with a key per client (the per-key limiter serialises one key's requests)
 *   then logs + metrics on vs off: a second server with LOG_LEVEL=silent METRICS_ENABLED=false, loaded in turn
 * Afterwards every created credential must be in the database and its token must open to what was sent.
 * Run: npm run bench:api [-- --seconds=30 --clients=20 --reuse-build --observability-only]
 * Builds into .next-api, runs the app server (`npm start`'s server.js) on 127.0.0.1 against a throwaway database on the local
 * Postgres server (BENCH_API_PG_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres) and
 * the in-process Planhat double; everything is stopped and dropped at the end.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuPerRequest, cpuSnapshot } from './bench-api/cpu';
import { percentile, runLoad, type LoadResult } from './bench-api/load';
import { compareObservability } from './bench-api/observability';
import { seedOwnerWithKeys, verifyStored } from './bench-api/seed';
import { createDatabase, startApp, startDouble } from './bench-ui/app';
import { buildApp } from './bench-ui/build';
import { exitWithCleanup, onCleanup } from './bench-ui/processes';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST_DIR = '.next-api';
const TARGET = { createsPerSecond: 300, p95Ms: 100 };
const WARMUP_SECONDS = 3;

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const value = Number(args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
};
const seconds = option('seconds', 30);
const clients = option('clients', 20);
const reuseBuild = args.includes('--reuse-build') && fs.existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID'));
// Only the logs + metrics comparison (its own warm-ups still run).
const observabilityOnly = args.includes('--observability-only');
const adminUrl = process.env.BENCH_API_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const exit = exitWithCleanup('bench:api', 20 * 60_000);

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-api-'));
onCleanup('remove the temporary folder', () => fs.rmSync(workDir, { recursive: true, force: true }));

try {
  await exit((await main()) ? 0 : 1);
} catch (error) {
  console.error('\nbench:api failed:', error instanceof Error ? error.message : error);
  await exit(1);
}

function report(name: string, { result, cpu }: { result: LoadResult; cpu: ReturnType<typeof cpuPerRequest> }) {
  const rate = result.created / result.seconds;
  const [p50, p95, p99] = [0.5, 0.95, 0.99].map((q) => percentile(result.latencies, q).toFixed(1).padStart(6));
  console.log(`${name.padEnd(30)} ${rate.toFixed(0).padStart(6)}/s  p50 ${p50} ms  p95 ${p95} ms  p99 ${p99} ms  (${result.created} in ${result.seconds.toFixed(1)} s)`);
  for (const [reason, count] of result.failures) console.log(`${''.padEnd(30)} failed: ${count} x ${reason}`);
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(`${''.padEnd(30)} CPU per request: app ${ms(cpu.app)}, Postgres ${ms(cpu.postgres)}, load generator + Planhat double ${ms(cpu.self)}`);
  return { rate, p95: percentile(result.latencies, 0.95) };
}

async function main(): Promise<boolean> {
  console.log(`-- ${clients} clients, ${seconds} s per run (after ${WARMUP_SECONDS} s of warm-up), Node ${process.version}, ${os.cpus().length} CPUs`);
  const databaseUrl = await createDatabase(adminUrl);
  const double = await startDouble();
  if (reuseBuild) console.log(`-- reusing the build in ${DIST_DIR}`);
  else {
    console.log(`-- building into ${DIST_DIR} (about 2 minutes)`);
    await buildApp({ root: ROOT, distDir: DIST_DIR, logFile: path.join(workDir, 'build.log') });
  }
  // The limiter still runs (it is part of every request's cost); it just never says no here.
  process.env.API_RATE_LIMIT_PER_MINUTE = '1000000000';
  const serverLog = path.join(workDir, 'server.log');
  const app = await startApp({ root: ROOT, distDir: DIST_DIR, databaseUrl, dataDir: path.join(workDir, 'data'), planhatUrlTemplate: double.urlTemplate, logFile: serverLog, env: { LOG_LEVEL: 'info' } });
  console.log(`-- app on ${app.url}, database ${new URL(databaseUrl).pathname.slice(1)}`);

  // This process reads the same database and keys, to seed the key and to check what was stored.
  Object.assign(process.env, { DATABASE_URL: databaseUrl, CREDENTIAL_KEYS: app.credentialKeys, BETTER_AUTH_SECRET: randomBytes(36).toString('base64'), DATA_DIR: workDir, PLANHAT_API_URL_TEMPLATE: double.urlTemplate });
  const { getDb } = await import('@/lib/db/client');
  const db = await getDb();
  onCleanup('disconnect from the benchmark database', () => db.$disconnect());
  const { actor, apiKeys } = await seedOwnerWithKeys(db, clients);

  const tokens = new Map<string, string>();
  const run = async (label: string, verify: boolean, keys = apiKeys.slice(0, 1), target = app, warmUp = true) => {
    if (warmUp) await runLoad({ url: target.url, apiKeys: keys, clients, seconds: WARMUP_SECONDS, verify, label: `${label} warm-up`, double, tokens });
    double.clearRequests();
    const before = await cpuSnapshot(target.server.child.pid!, databaseUrl);
    const result = await runLoad({ url: target.url, apiKeys: keys, clients, seconds, verify, label, double, tokens });
    return { result, cpu: cpuPerRequest(before, await cpuSnapshot(target.server.child.pid!, databaseUrl), result.latencies.length) };
  };

  let fast = true;
  if (!observabilityOnly) {
    console.log('\nrun (one shared API key unless said)  creates        latency of every request');
    const unverified = report('verify: false', await run('Unverified', false));
    const planhatCalls = double.requests().length;
    report('verify: true (double, 0 ms)', await run('Verified', true));
    console.log(`${''.padEnd(30)} Planhat double answered ${double.requests().length} requests (${planhatCalls} during verify: false)`);
    // Every request is counted on its key's row (lib/api/api-key-use.ts): one key's clients take turns there.
    report(`verify: false, ${clients} keys`, await run('Own keys', false, apiKeys));
    fast = unverified.rate >= TARGET.createsPerSecond && unverified.p95 < TARGET.p95Ms;
  }

  // The same server against one started with logs and metrics off, on the same database and keys.
  const quietLog = path.join(workDir, 'server-quiet.log');
  const quiet = await startApp({
    root: ROOT, distDir: DIST_DIR, databaseUrl, dataDir: path.join(workDir, 'data-quiet'), planhatUrlTemplate: double.urlTemplate, logFile: quietLog,
    credentialKeys: app.credentialKeys, authSecret: app.authSecret, env: { LOG_LEVEL: 'silent', METRICS_ENABLED: 'false' }, name: 'the quiet app server',
  });
  if (observabilityOnly) await run('Observed warm-up', false, apiKeys);
  await run('Quiet warm-up', false, apiKeys, quiet);
  await compareObservability(
    { label: 'logs + metrics on', logFile: serverLog, run: (round) => run(`Observed ${round}`, false, apiKeys, app, false) },
    { label: 'logs + metrics off', logFile: quietLog, run: (round) => run(`Quiet ${round}`, false, apiKeys, quiet, false) },
  );

  const stored = await verifyStored(db, actor.workspaceId, tokens);
  console.log(`\ncreated ${tokens.size}; in the database ${stored.present + stored.unexpected} (${stored.unexpected} unexpected); opened to the token sent: ${stored.opened}; not: ${stored.mismatched}`);
  const allThere = stored.present === tokens.size && stored.opened === tokens.size && stored.unexpected === 0 && stored.mismatched === 0;
  if (!observabilityOnly) console.log(`target verify: false >= ${TARGET.createsPerSecond}/s with p95 < ${TARGET.p95Ms} ms: ${fast ? 'PASS' : 'MISS'}`);
  console.log(`every credential present and opening: ${allThere ? 'PASS' : 'FAIL'}`);
  return allThere;
}
