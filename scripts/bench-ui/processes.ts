// Child processes and clean-up for scripts/bench-ui.ts: everything started is registered here and
// undone in reverse order, on success, failure, Ctrl-C or the watchdog.
import { execFileSync, spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

type Cleanup = { name: string; run: () => Promise<void> | void };
const cleanups: Cleanup[] = [];

/** Registers clean-up work; returns a function that unregisters it (when it was done already). */
export function onCleanup(name: string, run: () => Promise<void> | void): () => void {
  const entry = { name, run };
  cleanups.push(entry);
  return () => {
    const index = cleanups.indexOf(entry);
    if (index >= 0) cleanups.splice(index, 1);
  };
}

export async function runCleanups(): Promise<void> {
  for (let entry = cleanups.pop(); entry; entry = cleanups.pop()) {
    try {
      await withTimeout(Promise.resolve().then(entry.run), 30_000, `clean-up "${entry.name}"`);
    } catch (error) {
      console.error(`bench:ui: clean-up "${entry.name}" failed:`, error instanceof Error ? error.message : error);
    }
  }
}

export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export type Group = { child: ChildProcess; exited: Promise<number | null>; stop: () => Promise<void> };

/**
 * Spawns a command in its own process group, so stopping it also stops whatever it started
 * (the app server's workers, npx's lighthouse). Registered for clean-up until stopped.
 */
export function spawnGroup(name: string, command: string, args: string[], options: SpawnOptions, stopSignal: NodeJS.Signals = 'SIGTERM'): Group {
  const child = spawn(command, args, { ...options, detached: true });
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null)));
    child.once('error', () => resolve(null));
  });
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= stopGroup(child, exited, stopSignal).finally(unregister);
    return stopped;
  };
  const unregister = onCleanup(`stop ${name}`, stop);
  void exited.then(() => {
    // The leader is gone; whatever it left in its group is stopped too.
    signalGroup(child, 'SIGKILL');
    unregister();
  });
  return { child, exited, stop };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: the group has no processes left.
  }
}

/** Processes started by `pid`, directly or not, including those in process groups of their own. */
function descendants(pid: number): number[] {
  let table: string;
  try {
    table = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' });
  } catch {
    return [];
  }
  const children = new Map<number, number[]>();
  for (const line of table.trim().split('\n')) {
    const [child, parent] = line.trim().split(/\s+/).map(Number);
    if (child === undefined || parent === undefined) continue;
    children.set(parent, [...(children.get(parent) ?? []), child]);
  }
  const found: number[] = [];
  for (let queue = [pid]; queue.length > 0; ) {
    const next = children.get(queue.shift() as number) ?? [];
    found.push(...next);
    queue.push(...next);
  }
  return found;
}

function signalPids(pids: number[], signal: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}

async function stopGroup(child: ChildProcess, exited: Promise<number | null>, signal: NodeJS.Signals): Promise<void> {
  if (child.pid === undefined) return;
  // Some tools start helpers in groups of their own (next build's type check, Lighthouse's Chrome).
  const started = descendants(child.pid);
  signalGroup(child, signal);
  signalPids(started, signal);
  const gone = await Promise.race([exited.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 10_000))]);
  if (!gone) signalGroup(child, 'SIGKILL');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2_000))]);
  signalGroup(child, 'SIGKILL');
  signalPids(started, 'SIGKILL');
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function tail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Ctrl-C, a watchdog and the end of main all stop the script through the returned `exit`: clean-up
 * runs once and everyone waits for it.
 */
export function exitWithCleanup(script: string, watchdogMs: number): (code: number) => Promise<never> {
  let cleaning: Promise<void> | undefined;
  const exit = async (code: number): Promise<never> => {
    cleaning ??= runCleanups();
    await cleaning;
    process.exit(code);
  };
  process.on('SIGINT', () => void exit(130));
  process.on('SIGTERM', () => void exit(143));
  setTimeout(() => {
    console.error(`${script}: still running after ${watchdogMs / 60_000} min; stopping.`);
    void exit(2);
  }, watchdogMs).unref();
  return exit;
}
