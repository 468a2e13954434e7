/**
 * UI figures for the Authenticate screen (/sources/new/planhat) on a production build:
 *   1. Lighthouse (desktop) scores, signed in, a few credentials   targets: perf >= 95, a11y 100, best practices >= 95
 *   2. First-load JavaScript (gzip) vs. a page without app client components   target: <= 1.15x
 *   3. Server time of the screen with 1,000 credentials vs. 100                 target: <= 1.3x
 * Run: npm run bench:ui [-- --lighthouse-runs=3 --requests=20 --reuse-build]
 * Builds into .next-bench (removed afterwards), runs the app server (server.js) against a throwaway Postgres
 * database on 127.0.0.1 (BENCH_UI_PG_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres)
 * and the in-process Planhat double. Lighthouse comes from `npx -y lighthouse@12.2.3`.
 * Prints figures; exits 0 when it could measure everything (whatever the figures), 1 otherwise.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, startApp, startDouble } from './bench-ui/app';
import { addCredentialsViaUi, cookieHeader, createOwner, launchBrowser, loadPageScripts, signInAndCreateWorkspace, type Account, type PageScripts } from './bench-ui/browser';
import { buildApp } from './bench-ui/build';
import { chunkModules, clientModulePaths } from './bench-ui/chunks';
import { LIGHTHOUSE, runLighthouse, type LighthouseRun } from './bench-ui/lighthouse';
import { exitWithCleanup, onCleanup } from './bench-ui/processes';
import { openSeeder } from './bench-ui/seed';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST_DIR = '.next-bench';
const SCREEN = '/sources/new/planhat';
const MISSING_PAGE = '/this-does-not-exist';
const WATCHDOG_MS = 30 * 60_000;
const TARGETS = { performance: 95, accessibility: 100, bestPractices: 95, jsRatio: 1.15, serverRatio: 1.3 };

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const value = Number(args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
};
const lighthouseRuns = option('lighthouse-runs', 3);
const requestCount = option('requests', 20);
const reuseBuild = args.includes('--reuse-build');
const adminUrl = process.env.BENCH_UI_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const step = (message: string) => console.log(`\n-- ${message}`);

const exit = exitWithCleanup('bench:ui', WATCHDOG_MS);

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ui-'));
onCleanup('remove the temporary folder', () => fs.rmSync(workDir, { recursive: true, force: true }));

try {
  await main();
  await exit(0);
} catch (error) {
  console.error('\nbench:ui failed:', error instanceof Error ? error.message : error);
  await exit(1);
}

async function main() {
  // ---- Build and start -------------------------------------------------------------------------
  const buildId = path.join(ROOT, DIST_DIR, 'BUILD_ID');
  if (reuseBuild && fs.existsSync(buildId)) {
    step(`Reusing the build in ${DIST_DIR}`);
  } else {
    step(`Building into ${DIST_DIR} (about a minute)`);
    const started = Date.now();
    if (!reuseBuild) onCleanup(`remove ${DIST_DIR}`, () => fs.rmSync(path.join(ROOT, DIST_DIR), { recursive: true, force: true }));
    await buildApp({ root: ROOT, distDir: DIST_DIR, logFile: path.join(workDir, 'build.log') });
    console.log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }

  step('Starting Postgres database, Planhat double and the app server');
  const databaseUrl = await createDatabase(adminUrl);
  const double = await startDouble();
  const app = await startApp({
    root: ROOT,
    distDir: DIST_DIR,
    databaseUrl,
    dataDir: path.join(workDir, 'data'),
    planhatUrlTemplate: double.urlTemplate,
    logFile: path.join(workDir, 'server.log'),
  });
  console.log(`app on ${app.url}, database ${new URL(databaseUrl).pathname.slice(1)}, double on ${double.url}`);

  // ---- Seed through the UI: owner, workspace, three credentials ------------------------------
  step('Seeding through the UI: first-run setup and 3 credentials via Add Credential');
  const browser = await launchBrowser();
  const account: Account = { name: 'Bench Owner', email: 'bench-owner@example.com', password: 'correct horse battery staple', workspace: 'Bench 100' };
  const ownerCookies = await createOwner(browser, app.url, account);
  const uiCredentials = [1, 2, 3].map((n) => ({ name: `UI credential ${n}`, token: `bench-ui-token-${n}-${'0'.repeat(24)}${n}` }));
  for (const credential of uiCredentials) double.addToken({ token: credential.token, label: credential.name });
  await addCredentialsViaUi(browser, app.url, ownerCookies, uiCredentials);
  const ownerCookie = cookieHeader(ownerCookies);

  // ---- 2. First-load JavaScript ---------------------------------------------------------------
  step('First-load JavaScript');
  const screenJs = await loadPageScripts(browser, `${app.url}${SCREEN}`, ownerCookies);
  if (new URL(screenJs.finalUrl).pathname !== SCREEN || screenJs.status !== 200) throw new Error(`The screen did not load signed in: ${screenJs.status} ${screenJs.finalUrl}`);
  const signedOut404 = await loadPageScripts(browser, `${app.url}${MISSING_PAGE}`);
  const signedIn404 = await loadPageScripts(browser, `${app.url}${MISSING_PAGE}`, ownerCookies);
  for (const page of [signedOut404, signedIn404]) if (page.status !== 404) throw new Error(`${MISSING_PAGE} answered ${page.status}, not 404`);

  // ---- 1. Lighthouse --------------------------------------------------------------------------
  step(`Lighthouse (${LIGHTHOUSE}, desktop preset) x${lighthouseRuns} on ${SCREEN}`);
  const runs: LighthouseRun[] = [];
  for (let run = 1; run <= lighthouseRuns; run++) {
    const result = await runLighthouse({ url: `${app.url}${SCREEN}`, cookie: ownerCookie, workDir, run });
    if (new URL(result.finalUrl).pathname !== SCREEN) throw new Error(`Lighthouse ended on ${result.finalUrl}, not the signed-in screen`);
    runs.push(result);
    console.log(`run ${run}: performance ${result.scores.performance}, accessibility ${result.scores.accessibility}, best practices ${result.scores['best-practices']}`);
  }

  // ---- 3. Server time with 100 vs 1,000 credentials --------------------------------------------
  step('Seeding 97 more credentials into "Bench 100" and 1,000 into a second workspace "Bench 1000"');
  const secondCookies = await signInAndCreateWorkspace(browser, app.url, account, 'Bench 1000');
  const seeder = await openSeeder(databaseUrl, app.credentialKeys);
  await seeder.addCredentials(await seeder.workspaceId('Bench 100'), 97, 'Seeded A');
  await seeder.addCredentials(await seeder.workspaceId('Bench 1000'), 1000, 'Seeded B');
  const cases = [
    { label: '100 credentials', expect: ' of 100 credentials<', cookie: ownerCookie, times: [] as number[], ttfb: [] as number[] },
    { label: '1,000 credentials', expect: ' of 1000 credentials<', cookie: cookieHeader(secondCookies), times: [] as number[], ttfb: [] as number[] },
  ];
  for (const c of cases) {
    const { body, status } = await timeRequest(`${app.url}${SCREEN}`, c.cookie);
    if (status !== 200 || !body.includes(c.expect)) throw new Error(`The ${c.label} workspace's screen did not show "${c.expect.slice(0, -1).trim()}" (status ${status})`);
  }
  step(`Timing the document request: 5 warm-up + ${requestCount} measured requests per workspace, alternating`);
  for (let i = 0; i < 5; i++) for (const c of cases) await timeRequest(`${app.url}${SCREEN}`, c.cookie);
  for (let i = 0; i < requestCount; i++) {
    for (const c of i % 2 ? [...cases].reverse() : cases) {
      const timing = await timeRequest(`${app.url}${SCREEN}`, c.cookie);
      if (timing.status !== 200) throw new Error(`${SCREEN} answered ${timing.status}`);
      c.times.push(timing.totalMs);
      c.ttfb.push(timing.ttfbMs);
    }
  }

  // ---- Report ---------------------------------------------------------------------------------
  const modulePaths = clientModulePaths(path.join(ROOT, DIST_DIR));
  console.log('\n================================ bench:ui ================================');

  const perf = median(runs.map((run) => run.scores.performance));
  const a11y = Math.min(...runs.map((run) => run.scores.accessibility));
  const bestPractices = Math.min(...runs.map((run) => run.scores['best-practices']));
  console.log(`\n1. Lighthouse ${LIGHTHOUSE}, desktop preset, ${SCREEN} signed in with 3 credentials (${runs.length} runs)`);
  for (const [i, run] of runs.entries()) {
    console.log(
      `   run ${i + 1}: perf ${run.scores.performance}  a11y ${run.scores.accessibility}  best practices ${run.scores['best-practices']}   ` +
        Object.entries(run.metrics)
          .map(([id, value]) => `${id.split('-').map((word) => word[0]).join('').toUpperCase()} ${value}`)
          .join(', '),
    );
  }
  console.log(`   performance    ${perf} (median)   target >= ${TARGETS.performance}: ${verdict(perf >= TARGETS.performance)}`);
  console.log(`   accessibility  ${a11y} (worst)    target = ${TARGETS.accessibility}: ${verdict(a11y >= TARGETS.accessibility)}`);
  console.log(`   best practices ${bestPractices} (worst)    target >= ${TARGETS.bestPractices}: ${verdict(bestPractices >= TARGETS.bestPractices)}`);
  const failing = [...new Set(runs.flatMap((run) => run.failing))];
  if (failing.length > 0) console.log(`   not passing: ${failing.join('; ')}`);
  const warnings = [...new Set(runs.flatMap((run) => run.warnings))];
  if (warnings.length > 0) console.log(`   Lighthouse warnings: ${warnings.join('; ')}`);

  const total = (page: PageScripts) => sum(page.scripts.map((script) => script.gzipBytes));
  console.log('\n2. First-load JavaScript: same-origin scripts until network idle, bodies gzipped at level 9 (inline RSC payload not counted)');
  const rows: [string, PageScripts][] = [
    [`${SCREEN} (signed in, 3 credentials)`, screenJs],
    [`${MISSING_PAGE} signed out: root layout without nav or user menu + app/not-found.tsx (renders no app client component)`, signedOut404],
    [`${MISSING_PAGE} signed in: the screen's layout (nav + UserMenu: WorkspaceSwitcher, SubmitButton) + app/not-found.tsx`, signedIn404],
  ];
  for (const [label, page] of rows) {
    console.log(`   ${kb(total(page)).padStart(9)} gzip  ${kb(sum(page.scripts.map((s) => s.rawBytes))).padStart(9)} raw  ${String(page.scripts.length).padStart(2)} scripts  ${label}`);
    const own = appModules(page, modulePaths);
    console.log(`${' '.repeat(43)}app modules in its scripts: ${own.length ? own.join(', ') : 'none'}`);
    if (page.cspViolations.length > 0) console.log(`${' '.repeat(43)}CSP violations while loading: ${page.cspViolations.join('; ')}`);
  }
  const ratioOut = total(screenJs) / total(signedOut404);
  const ratioIn = total(screenJs) / total(signedIn404);
  console.log(`   ratio vs signed-out 404: ${ratioOut.toFixed(2)}x   target <= ${TARGETS.jsRatio}x: ${verdict(ratioOut <= TARGETS.jsRatio)}`);
  console.log(`   ratio vs signed-in 404:  ${ratioIn.toFixed(2)}x   target <= ${TARGETS.jsRatio}x: ${verdict(ratioIn <= TARGETS.jsRatio)}`);
  const baselinePaths = new Set(signedOut404.scripts.map((script) => script.path));
  const onlyScreen = screenJs.scripts.filter((script) => !baselinePaths.has(script.path));
  console.log(`   the screen loads ${kb(sum(onlyScreen.map((s) => s.gzipBytes)))} gzip in ${onlyScreen.length} scripts the signed-out 404 does not:`);
  printScripts(onlyScreen, modulePaths);
  const shared = screenJs.scripts.filter((script) => baselinePaths.has(script.path));
  console.log(`   shared with the baseline (${kb(sum(shared.map((s) => s.gzipBytes)))} gzip):`);
  printScripts(shared, modulePaths, 2);

  console.log(`\n3. Server time of GET ${SCREEN} (whole document, signed in; median of ${requestCount} after 5 warm-up, alternating workspaces)`);
  for (const c of cases) {
    console.log(`   ${c.label.padEnd(18)} median ${median(c.times).toFixed(1).padStart(6)} ms   p90 ${quantile(c.times, 0.9).toFixed(1).padStart(6)} ms   min ${Math.min(...c.times).toFixed(1).padStart(6)} ms   (TTFB median ${median(c.ttfb).toFixed(1)} ms)`);
  }
  const [small, large] = cases;
  const serverRatio = median(large?.times ?? []) / median(small?.times ?? []);
  console.log(`   ratio 1,000 / 100: ${serverRatio.toFixed(2)}x   target <= ${TARGETS.serverRatio}x: ${verdict(serverRatio <= TARGETS.serverRatio)}`);

  console.log('\nSummary');
  console.log(`   Lighthouse perf ${perf} / a11y ${a11y} / best practices ${bestPractices}: ${verdict(perf >= TARGETS.performance && a11y >= TARGETS.accessibility && bestPractices >= TARGETS.bestPractices)}`);
  console.log(`   first-load JS ${kb(total(screenJs))} vs ${kb(total(signedOut404))} = ${ratioOut.toFixed(2)}x: ${verdict(ratioOut <= TARGETS.jsRatio)}`);
  console.log(`   server time 1,000 vs 100 credentials ${serverRatio.toFixed(2)}x: ${verdict(serverRatio <= TARGETS.serverRatio)}`);
}

/** The app's own client modules (not Next's) among the scripts a page loaded, with their gzip size. */
function appModules(page: PageScripts, modulePaths: Map<number, string>): string[] {
  const found: string[] = [];
  for (const script of page.scripts) {
    const file = path.join(ROOT, DIST_DIR, script.path.replace(/^\/_next\//, ''));
    if (!fs.existsSync(file)) continue;
    for (const entry of chunkModules(file, modulePaths)) {
      if (/^(app|components|lib)\//.test(entry.what)) found.push(`${entry.what} (${kb(entry.gzipBytes)})`);
    }
  }
  return found;
}

function printScripts(scripts: PageScripts['scripts'], modulePaths: Map<number, string>, modulesPerScript = 6) {
  for (const script of scripts) {
    console.log(`     ${kb(script.gzipBytes).padStart(9)}  ${script.path}`);
    const file = path.join(ROOT, DIST_DIR, script.path.replace(/^\/_next\//, ''));
    if (!fs.existsSync(file)) continue;
    const modules = chunkModules(file, modulePaths).filter((entry) => entry.gzipBytes >= 300);
    for (const entry of modules.slice(0, modulesPerScript)) console.log(`       ${kb(entry.gzipBytes).padStart(9)}  ${entry.what}`);
  }
}

async function timeRequest(url: string, cookie: string): Promise<{ status: number; ttfbMs: number; totalMs: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: 'manual', signal: AbortSignal.timeout(30_000) });
  const ttfbMs = performance.now() - started;
  const body = await response.text();
  return { status: response.status, ttfbMs, totalMs: performance.now() - started, body };
}
