// The printed summary of scripts/bench-health.ts: figures per cycle, where the time went, PASS/MISS per goal.
import type { CycleResult } from './cycle';
import type { JobStats } from './sql';
import { median, quantile } from './stats';

const TARGETS = { ratio: 0.7, screenRatio: 1.3, perMinute: 200, parallel: 50 };
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

export function printReport(input: { credentials: number; workspaces: number; concurrency: number; latencyMs: number; idleScreen: number[]; idleDurations: number[]; idleJobs: JobStats; cycles: CycleResult[] }) {
  const { credentials, concurrency, idleScreen } = input;
  const idleCheckMs = median(input.idleDurations);
  const idleP95 = quantile(idleScreen, 0.95);
  const limitMs = (instances: number) => (credentials * idleCheckMs) / (concurrency * instances);

  console.log('\n=============================== bench:health ===============================');
  console.log(`${credentials} credentials in ${input.workspaces} workspaces, Postgres, Planhat double at ${input.latencyMs} ms, HEALTH_CHECK_CONCURRENCY=${concurrency}, HEALTH_CHECK_EVERY=6h`);
  console.log(`idle: one check (CredentialCheck.durationMs, ${input.idleDurations.length} run alone) median ${ms(idleCheckMs)}, min ${ms(Math.min(...input.idleDurations))}, max ${ms(Math.max(...input.idleDurations))}; whole job in pg-boss mean ${ms(input.idleJobs.meanRunMs)}`);
  console.log(`idle: Authenticate screen (${idleScreen.length} requests) p50 ${ms(median(idleScreen))}, p95 ${ms(idleP95)}`);

  for (const c of input.cycles) {
    const limit = limitMs(c.instances);
    const wall = c.cpu.wallMs / 1000;
    console.log(`\nCycle with ${c.instances} instance(s)`);
    console.log(`   cycle time           ${s(c.cycleMs)} (UPDATE -> last checkedAt), ${(c.checks.total / (c.cycleMs / 1000)).toFixed(1)} checks/s; first check after ${s(c.checks.firstMs - (c.checks.lastMs - c.cycleMs))}`);
    console.log(`   limit                ${s(limit)} = ${credentials} x ${ms(idleCheckMs)} / (${concurrency} x ${c.instances}); ratio limit/actual ${(limit / c.cycleMs).toFixed(2)}`);
    console.log(`   checks               ${c.checks.total} of ${c.checks.distinct} credentials, duplicates ${c.checks.total - c.checks.distinct}; outcomes ${JSON.stringify(c.checks.outcomes)}`);
    console.log(`   durationMs           median ${ms(c.checks.durationP50)}, p95 ${ms(c.checks.durationP95)}, mean ${ms(c.checks.durationMean)} (idle median ${ms(idleCheckMs)})`);
    console.log(`   pg-boss jobs         ${c.jobs.jobs} ${JSON.stringify(c.jobs.states)}; inserted ${s(c.jobs.firstCreatedMs)}..${s(c.jobs.lastCreatedMs)} after the UPDATE; wait for a worker mean ${s(c.jobs.meanWaitMs)}; run mean ${ms(c.jobs.meanRunMs)}, p95 ${ms(c.jobs.p95RunMs)}`);
    console.log(`   jobs in flight       ${(c.jobs.busyMs / c.cycleMs).toFixed(1)} on average (of ${concurrency * c.instances} worker slots)`);
    console.log(`   CPU (cores busy)     app ${c.cpu.apps.map((value) => (value / wall).toFixed(2)).join(' + ')}, double ${(c.cpu.double / wall).toFixed(2)}, Postgres backends ${(c.cpu.postgres / wall).toFixed(2)}; machine ${(c.cpu.machineBusy * 100).toFixed(0)}% busy (load ${c.cpu.load.map((value) => value.toFixed(1)).join(' ')})`);
    console.log(`   double               ${c.peaks.requests} requests for ${c.peaks.tokens} tokens ${JSON.stringify(c.peaks.statuses)}; per token: peak ${c.peaks.perMinute} in any 60 s, ${c.peaks.perCycle} in the cycle, >= ${c.peaks.parallelAtLeast} in parallel`);
    console.log(`   screen during cycle  ${c.screenMs.length} requests, p50 ${ms(median(c.screenMs))}, p95 ${ms(quantile(c.screenMs, 0.95))} (${(quantile(c.screenMs, 0.95) / idleP95).toFixed(2)}x idle p95)`);
    console.log(`   progress             ${c.progress.map(([at, n]) => `${at}s:${n}`).join(' ')}`);
  }

  const [one, three] = input.cycles as [CycleResult, CycleResult];
  const ratio = limitMs(1) / one.cycleMs;
  const rows: [string, string, boolean][] = [
    [`cycle ratio limit/actual, 1 instance >= ${TARGETS.ratio}`, `${ratio.toFixed(2)} (${s(limitMs(1))} / ${s(one.cycleMs)})`, ratio >= TARGETS.ratio],
    ['3 instances no slower than 1', `${s(three.cycleMs)} vs ${s(one.cycleMs)} (${(one.cycleMs / three.cycleMs).toFixed(2)}x faster)`, three.cycleMs <= one.cycleMs],
  ];
  for (const c of input.cycles) rows.push([`duplicate checks = 0, ${c.instances} instance(s)`, String(c.checks.total - c.checks.distinct), c.checks.total === c.checks.distinct]);
  for (const c of input.cycles) {
    rows.push([
      `per token <= ${TARGETS.perMinute}/min and <= ${TARGETS.parallel} parallel, ${c.instances} inst.`,
      `${c.peaks.perMinute}/min, ${c.peaks.parallelAtLeast}..${c.peaks.perCycle} parallel`,
      c.peaks.perMinute <= TARGETS.perMinute && c.peaks.perCycle <= TARGETS.parallel,
    ]);
  }
  for (const c of input.cycles) {
    const p95 = quantile(c.screenMs, 0.95);
    rows.push([`screen p95 in a cycle <= ${TARGETS.screenRatio}x idle, ${c.instances} inst.`, `${ms(p95)} vs ${ms(idleP95)} = ${(p95 / idleP95).toFixed(2)}x`, p95 <= TARGETS.screenRatio * idleP95]);
  }
  console.log('\nSummary');
  for (const [goal, figure, ok] of rows) console.log(`   ${goal.padEnd(52)} ${figure.padEnd(36)} ${verdict(ok)}`);
}
