/**
 * Scheduled health checks at scale (issue 16): 10,000 credentials in 100 workspaces on Postgres, the
 * Planhat double at 100 ms latency, one full catch-up cycle (every credential due at once, the worst
 * case) with 1 and then 3 app instances (server.js) sharing the database.
 * Targets: cycle time vs the limit latency and concurrency allow (10,000 x idle check / (8 x instances))
 *   >= 0.7 with 1 instance; 3 instances no slower than 1; 0 duplicate checks; per token at most 200
 *   requests a minute and 50 in parallel (Planhat's limits); Authenticate screen p95 during a cycle
 *   <= 1.3x idle.
 * Run: npm run bench:health [-- --reuse-build --workspaces=100]
 * Builds into .next-bench-health (removed afterwards unless --reuse-build), a throwaway Postgres database
 * on 127.0.0.1 (BENCH_UI_PG_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres), the double
 * as a process of its own. Takes 30-45 minutes on a loaded 2-core machine. Exits 0 when everything was measured (whatever the
 * figures), 1 otherwise; cleans up servers, double, database and build on any exit (watchdog 75 min).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, startApp, type App, type StartAppOptions } from './bench-ui/app';
import { cookieHeader, createOwner, launchBrowser } from './bench-ui/browser';
import { buildApp } from './bench-ui/build';
import { exitWithCleanup, onCleanup, sleep } from './bench-ui/processes';
import { runCycle, type CycleResult } from './bench-health/cycle';
import { startDoubleProcess } from './bench-health/double';
import { printReport } from './bench-health/report';
import { benchTokens, seedCredentials } from './bench-health/seed';
import { checkDurations, copyAccessReport, jobStats, makeDueOneByOne, openSql } from './bench-health/sql';
import { median, quantile } from './bench-health/stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST_DIR = '.next-bench-health';
const SCREEN = '/sources/new/planhat';
const WATCHDOG_MS = 75 * 60_000;
const LATENCY_MS = 100;
const CONCURRENCY = 8;
const PER_WORKSPACE = 100;
const IDLE_REQUESTS = 40;
const IDLE_CHECKS = 20;

const args = process.argv.slice(2);
const reuseBuild = args.includes('--reuse-build');
const workspaces = Math.max(1, Number(args.find((arg) => arg.startsWith('--workspaces='))?.split('=')[1] ?? 100) || 100);
const credentials = workspaces * PER_WORKSPACE;
const adminUrl = process.env.BENCH_UI_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const step = (message: string) => console.log(`\n-- ${message}`);

const exit = exitWithCleanup('bench:health', WATCHDOG_MS);
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-health-'));
onCleanup('remove the temporary folder', () => fs.rmSync(workDir, { recursive: true, force: true }));
const startedAt = Date.now();

try {
  await main();
  console.log(`\nbench:health took ${((Date.now() - startedAt) / 60_000).toFixed(1)} min`);
  await exit(0);
} catch (error) {
  console.error('\nbench:health failed:', error instanceof Error ? error.message : error);
  await exit(1);
}

async function main() {
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((value) => value.toFixed(2)).join(' ')}`);
  // ---- 1. Build, database, double, instance 1, owner ---------------------------------------------
  if (reuseBuild && fs.existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID'))) {
    step(`Reusing the build in ${DIST_DIR}`);
  } else {
    step(`Building into ${DIST_DIR}`);
    const started = Date.now();
    if (!reuseBuild) onCleanup(`remove ${DIST_DIR}`, () => fs.rmSync(path.join(ROOT, DIST_DIR), { recursive: true, force: true }));
    await buildApp({ root: ROOT, distDir: DIST_DIR, logFile: path.join(workDir, 'build.log') });
    console.log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }

  step(`Starting a Postgres database, the Planhat double (${LATENCY_MS} ms, ${credentials} tokens) and app instance 1`);
  const databaseUrl = await createDatabase(adminUrl, 'bench_health');
  const tokens = benchTokens(credentials);
  const double = await startDoubleProcess({ root: ROOT, workDir, tokens, latencyMs: LATENCY_MS });
  const appOptions = (n: number): StartAppOptions => ({
    root: ROOT,
    distDir: DIST_DIR,
    databaseUrl,
    dataDir: path.join(workDir, `data-${n}`),
    planhatUrlTemplate: double.urlTemplate,
    logFile: path.join(workDir, `server-${n}.log`),
    env: { HEALTH_CHECK_EVERY: '6h', HEALTH_CHECK_CONCURRENCY: String(CONCURRENCY) },
    name: `app instance ${n}`,
  });
  const first = await startApp(appOptions(1));
  console.log(`app on ${first.url}, database ${new URL(databaseUrl).pathname.slice(1)}, double on ${double.url}`);

  const browser = await launchBrowser();
  const account = { name: 'Bench Owner', email: 'bench-owner@example.com', password: 'correct horse battery staple', workspace: 'Health 001' };
  const cookie = cookieHeader(await createOwner(browser, first.url, account));
  await browser.close();

  // ---- 2. Seed -----------------------------------------------------------------------------------
  step(`Seeding ${credentials} verified credentials in ${workspaces} workspaces (the owner's "Health 001" is one), none due for 30 days`);
  await seedCredentials({ databaseUrl, credentialKeys: first.credentialKeys, ownerWorkspace: account.workspace, workspaces, perWorkspace: PER_WORKSPACE, tokens });
  const sql = openSql(databaseUrl);
  const timeScreen = async () => {
    const started = performance.now();
    const response = await fetch(`${first.url}${SCREEN}`, { headers: { cookie }, redirect: 'manual', signal: AbortSignal.timeout(60_000) });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${SCREEN} answered ${response.status}`);
    if (!body.includes(` of ${PER_WORKSPACE} credentials<`)) throw new Error(`${SCREEN} did not show the workspace's ${PER_WORKSPACE} credentials`);
    return performance.now() - started;
  };

  // ---- 3. Idle screen ----------------------------------------------------------------------------
  step(`Idle: the Authenticate screen, 5 warm-up + ${IDLE_REQUESTS} timed requests`);
  for (let i = 0; i < 5; i++) await timeScreen();
  const idleScreen: number[] = [];
  for (let i = 0; i < IDLE_REQUESTS; i++) idleScreen.push(await timeScreen());
  console.log(`p50 ${median(idleScreen).toFixed(1)} ms, p95 ${quantile(idleScreen, 0.95).toFixed(1)} ms`);

  // ---- 5. One check on an idle system -------------------------------------------------------------
  step(`Idle check duration: ${IDLE_CHECKS} credentials due one per second, so each runs alone`);
  const calibrationStart = Date.now();
  const ids = await makeDueOneByOne(sql, IDLE_CHECKS, 1000, 6000);
  let idleDurations: number[] = [];
  for (const deadline = Date.now() + 120_000; idleDurations.length < IDLE_CHECKS; await sleep(500)) {
    if (Date.now() > deadline) throw new Error(`Only ${idleDurations.length} of ${IDLE_CHECKS} idle checks ran within 120 s`);
    idleDurations = await checkDurations(sql, ids);
  }
  const idleJobs = await jobStats(sql, calibrationStart - 1000);
  const idleCheckMs = median(idleDurations);
  console.log(`durationMs median ${idleCheckMs} ms (min ${Math.min(...idleDurations)}, max ${Math.max(...idleDurations)}); whole job (pg-boss started -> completed) mean ${idleJobs.meanRunMs.toFixed(0)} ms`);
  await copyAccessReport(sql, ids[0] as string);

  // ---- 4. Cycle with one instance ------------------------------------------------------------------
  const cycle = async (apps: App[]): Promise<CycleResult> => {
    step(`Cycle with ${apps.length} instance(s): all ${credentials} credentials due now; timing the screen meanwhile`);
    await sleep(5_000);
    const result = await runCycle({ sql, double, appPids: apps.map((app) => app.server.child.pid ?? -1), credentials, latencyMs: LATENCY_MS, timeScreen, timeoutMs: 30 * 60_000 });
    console.log(`cycle ${(result.cycleMs / 1000).toFixed(1)} s, ${result.checks.total} checks of ${result.checks.distinct} credentials, screen p95 ${quantile(result.screenMs, 0.95).toFixed(1)} ms`);
    return result;
  };
  const one = await cycle([first]);

  // ---- 6. Cycle with three instances ---------------------------------------------------------------
  step('Starting app instances 2 and 3 on the same database, keys and auth secret');
  const shared = { credentialKeys: first.credentialKeys, authSecret: first.authSecret };
  const more = await Promise.all([2, 3].map((n) => startApp({ ...appOptions(n), ...shared })));
  const three = await cycle([first, ...more]);

  // ---- 7-8. Report ------------------------------------------------------------------------------------
  printReport({ credentials, workspaces, concurrency: CONCURRENCY, latencyMs: LATENCY_MS, idleScreen, idleDurations, idleJobs, cycles: [one, three] });
}
