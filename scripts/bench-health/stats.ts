// Figures for scripts/bench-health.ts: percentiles, the double's log per token, and CPU use from /proc.
import fs from 'node:fs';
import type { RequestLogEntry } from '@/lib/testing/planhat-double/server';

export const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

/** Most entries of `times` (sorted) inside any window of `windowMs`. */
function peakInWindow(times: number[], windowMs: number): number {
  let peak = 0;
  for (let start = 0, end = 0; end < times.length; end++) {
    while ((times[end] as number) - (times[start] as number) >= windowMs) start++;
    peak = Math.max(peak, end - start + 1);
  }
  return peak;
}

export type TokenPeaks = {
  requests: number;
  tokens: number;
  /** Requests by HTTP status (null: never answered). */
  statuses: Record<string, number>;
  /** Most requests of one token in any sliding 60 s window. */
  perMinute: number;
  /** Most requests of one token in one cycle. */
  perCycle: number;
  /**
   * Most requests of one token arriving within one latency window: each is still open when the
   * last of them arrives (no answer comes sooner than the latency), so it is a lower bound of the
   * parallel peak; perCycle is an upper bound.
   */
  parallelAtLeast: number;
};

export function tokenPeaks(log: RequestLogEntry[], latencyMs: number): TokenPeaks {
  const byToken = new Map<string, number[]>();
  const statuses: Record<string, number> = {};
  for (const entry of log) {
    const key = String(entry.status);
    statuses[key] = (statuses[key] ?? 0) + 1;
    if (entry.tokenLabel === null) continue;
    const times = byToken.get(entry.tokenLabel) ?? [];
    times.push(entry.receivedAt);
    byToken.set(entry.tokenLabel, times);
  }
  let perMinute = 0;
  let perCycle = 0;
  let parallelAtLeast = 0;
  for (const times of byToken.values()) {
    times.sort((a, b) => a - b);
    perCycle = Math.max(perCycle, times.length);
    perMinute = Math.max(perMinute, peakInWindow(times, 60_000));
    parallelAtLeast = Math.max(parallelAtLeast, peakInWindow(times, latencyMs));
  }
  return { requests: log.length, tokens: byToken.size, statuses, perMinute, perCycle, parallelAtLeast };
}

const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used; 0 once it is gone. */
function processCpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Busy and total CPU seconds of the whole machine (all cores), from /proc/stat. */
function machineCpuSeconds(): { busy: number; total: number } {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number); // user..steal (guest is inside user)
  const total = ticks.reduce((sum, value) => sum + value, 0);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  return { busy: (total - idle) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
}

export type CpuSample = { at: number; machine: { busy: number; total: number }; processes: Map<number, number> };

export function sampleCpu(pids: number[]): CpuSample {
  return { at: performance.now(), machine: machineCpuSeconds(), processes: new Map(pids.map((pid) => [pid, processCpuSeconds(pid)])) };
}

/** CPU seconds used between two samples by the given pids (a pid first seen in `end` counts from 0). */
export function cpuBetween(start: CpuSample, end: CpuSample, pids: number[]): number {
  return pids.reduce((sum, pid) => sum + Math.max(0, (end.processes.get(pid) ?? 0) - (start.processes.get(pid) ?? 0)), 0);
}

/** Fraction of the machine's CPU (all cores) busy between two samples, whoever used it. */
export function machineBusy(start: CpuSample, end: CpuSample): number {
  return (end.machine.busy - start.machine.busy) / Math.max(1e-9, end.machine.total - start.machine.total);
}
