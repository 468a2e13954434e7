// CPU time spent per request by each party (app server, Postgres, this process), read from /proc:
// on a shared machine, wall-clock rates move with everyone else's load, CPU cost per request does not.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import pg from 'pg';

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

function processCpuSeconds(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces) start at "state"; utime and stime are 14th and 15th overall.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0; // gone
  }
}

/** Every process in the process group `group` (the app server and whatever it started). */
function groupPids(group: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) === group;
      } catch {
        return false;
      }
    });
}

async function backendPids(databaseUrl: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    return rows.map((row) => row.pid);
  } finally {
    await client.end();
  }
}

export type CpuSnapshot = { app: number; postgres: Map<number, number>; self: number };

export async function cpuSnapshot(appGroup: number, databaseUrl: string): Promise<CpuSnapshot> {
  const postgres = new Map((await backendPids(databaseUrl)).map((pid) => [pid, processCpuSeconds(pid)]));
  const usage = process.cpuUsage();
  return { app: groupPids(appGroup).reduce((sum, pid) => sum + processCpuSeconds(pid), 0), postgres, self: (usage.user + usage.system) / 1e6 };
}

/** CPU milliseconds per request between two snapshots (Postgres: backends alive at the end). */
export function cpuPerRequest(before: CpuSnapshot, after: CpuSnapshot, requests: number) {
  let postgres = 0;
  for (const [pid, seconds] of after.postgres) postgres += seconds - (before.postgres.get(pid) ?? 0);
  const per = (seconds: number) => (seconds * 1000) / Math.max(1, requests);
  return { app: per(after.app - before.app), postgres: per(postgres), self: per(after.self - before.self) };
}
