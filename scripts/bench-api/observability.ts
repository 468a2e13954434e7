// bench:api's last part: the cost of logs and metrics. Two app servers on the same database, one
// with them on (LOG_LEVEL=info, metrics on) and one with them off (LOG_LEVEL=silent,
// METRICS_ENABLED=false), loaded in turn, twice each, so drift on the machine hits both alike.
import fs from 'node:fs';
import { percentile, type LoadResult } from './load';

export type Side = { label: string; logFile: string; run: (round: number) => Promise<{ result: LoadResult; cpu: { app: number } }> };

export async function compareObservability(on: Side, off: Side, rounds = 3) {
  const results = { on: [] as LoadResult[], off: [] as LoadResult[] };
  const appCpu = { on: [] as number[], off: [] as number[] };
  let logBytes = 0;
  let onRequests = 0;
  for (let round = 0; round < rounds; round++) {
    for (const [key, side] of [['on', on], ['off', off]] as const) {
      const before = fs.statSync(side.logFile).size;
      const { result, cpu } = await side.run(round);
      results[key].push(result);
      appCpu[key].push(cpu.app);
      if (key === 'on') {
        logBytes += fs.statSync(side.logFile).size - before;
        onRequests += result.latencies.length;
      }
    }
  }
  const summary = (runs: LoadResult[]) => {
    const latencies = runs.flatMap((run) => run.latencies);
    const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
    return { rate: runs.reduce((sum, run) => sum + run.created, 0) / seconds, p95: percentile(latencies, 0.95) };
  };
  const [withThem, without] = [summary(results.on), summary(results.off)];
  const loss = (1 - withThem.rate / without.rate) * 100;
  // App CPU per request moves less than throughput with what else the machine does.
  const meanCpu = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const [cpuOn, cpuOff] = [meanCpu(appCpu.on), meanCpu(appCpu.off)];
  console.log(`\nlogs + metrics (verify: false, own keys, ${rounds} alternating runs each)`);
  console.log(`${on.label.padEnd(30)} ${withThem.rate.toFixed(0).padStart(6)}/s  p95 ${withThem.p95.toFixed(1).padStart(6)} ms  app CPU ${cpuOn.toFixed(2)} ms/request  (runs: ${results.on.map((run) => (run.created / run.seconds).toFixed(0)).join(', ')}/s)`);
  console.log(`${off.label.padEnd(30)} ${without.rate.toFixed(0).padStart(6)}/s  p95 ${without.p95.toFixed(1).padStart(6)} ms  app CPU ${cpuOff.toFixed(2)} ms/request  (runs: ${results.off.map((run) => (run.created / run.seconds).toFixed(0)).join(', ')}/s)`);
  for (const [key, runs] of Object.entries(results)) {
    for (const [reason, count] of runs.flatMap((run) => [...run.failures])) console.log(`${''.padEnd(30)} ${key}: failed ${count} x ${reason}`);
  }
  console.log(`throughput lost to logs + metrics: ${loss.toFixed(1)}% (goal <= 5%: ${loss <= 5 ? 'PASS' : 'MISS'}); app CPU per request +${((cpuOn / cpuOff - 1) * 100).toFixed(1)}%`);
  console.log(`log volume: ${((logBytes / onRequests) * 1000 / 1024).toFixed(0)} KiB per 1,000 API requests (${(logBytes / onRequests).toFixed(0)} bytes each, LOG_LEVEL=info)`);
  return { loss };
}
