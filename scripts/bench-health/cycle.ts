// One catch-up cycle for scripts/bench-health.ts: every credential due at once, the app's
// instances check them all while the Authenticate screen is timed one request at a time.
import os from 'node:os';
import { sleep } from '../bench-ui/processes';
import type { DoubleProcess } from './double';
import { backendPids, checkCounts, checkStats, jobStats, makeAllDue, type CheckStats, type JobStats, type Sql } from './sql';
import { cpuBetween, machineBusy, sampleCpu, tokenPeaks, type TokenPeaks } from './stats';

export type TimedRequest = () => Promise<number>;

export type CycleResult = {
  instances: number;
  cycleMs: number;
  checks: CheckStats;
  jobs: JobStats;
  peaks: TokenPeaks;
  screenMs: number[];
  /** CPU seconds per app instance, of the double and of this database's Postgres backends; machine busy share. */
  cpu: { wallMs: number; apps: number[]; double: number; postgres: number; machineBusy: number; load: number[] };
  /** [seconds since the UPDATE, credentials checked] every ~30 s. */
  progress: [number, number][];
};

export async function runCycle(options: {
  sql: Sql;
  double: DoubleProcess;
  appPids: number[];
  credentials: number;
  latencyMs: number;
  timeScreen: TimedRequest;
  timeoutMs: number;
}): Promise<CycleResult> {
  const { sql, double, credentials } = options;
  await double.clearRequests();
  await sql.query(`DELETE FROM "CredentialCheck"`);
  const doublePid = double.server.child.pid ?? -1;
  const pidsBefore = [...options.appPids, doublePid, ...(await backendPids(sql))];
  const cpuStart = sampleCpu(pidsBefore);
  const startMs = await makeAllDue(sql);

  let done = false;
  const screenMs: number[] = [];
  let screenError: unknown;
  const screen = (async () => {
    while (!done) screenMs.push(await options.timeScreen());
  })().catch((error: unknown) => {
    screenError = error;
  });
  const progress: [number, number][] = [];
  let lastProgress = 0;
  try {
    for (;;) {
      await sleep(500);
      const counts = await checkCounts(sql);
      const elapsed = Date.now() - startMs;
      if (elapsed - lastProgress >= 30_000) {
        lastProgress = elapsed;
        progress.push([Math.round(elapsed / 1000), counts.distinct]);
        process.stdout.write(`   ${Math.round(elapsed / 1000)} s: ${counts.distinct} checked (${counts.total} checks)\n`);
      }
      if (screenError) throw screenError;
      if (counts.distinct >= credentials) break;
      if (elapsed > options.timeoutMs) throw new Error(`Only ${counts.distinct} of ${credentials} credentials were checked after ${Math.round(elapsed / 1000)} s`);
    }
  } finally {
    done = true;
    await screen;
  }
  if (screenError) throw screenError;
  // Late duplicates (a second job for the same credential) would land within a few seconds.
  await sleep(3_000);
  const pidsAfter = [...new Set([...pidsBefore, ...(await backendPids(sql))])];
  const cpuEnd = sampleCpu(pidsAfter);
  const checks = await checkStats(sql);
  const jobs = await jobStats(sql, startMs);
  const peaks = tokenPeaks(await double.requests(), options.latencyMs);
  const postgresPids = pidsAfter.filter((pid) => pid !== doublePid && !options.appPids.includes(pid));
  return {
    instances: options.appPids.length,
    cycleMs: checks.lastMs - startMs,
    checks,
    jobs,
    peaks,
    screenMs,
    cpu: {
      wallMs: cpuEnd.at - cpuStart.at,
      apps: options.appPids.map((pid) => cpuBetween(cpuStart, cpuEnd, [pid])),
      double: cpuBetween(cpuStart, cpuEnd, [doublePid]),
      postgres: cpuBetween(cpuStart, cpuEnd, postgresPids),
      machineBusy: machineBusy(cpuStart, cpuEnd),
      load: os.loadavg(),
    },
    progress,
  };
}
