import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const globalForPglite = globalThis as unknown as { pglite?: Map<string, Promise<PGlite>> };

/**
 * The embedded database of this process. Only one PGlite instance may open a data folder, so the
 * promise (not the instance) is memoized: concurrent first callers share one opening.
 */
export function openPglite(dataDir: string): Promise<PGlite> {
  const opened = (globalForPglite.pglite ??= new Map());
  let instance = opened.get(dataDir);
  if (!instance) {
    instance = open(dataDir);
    opened.set(dataDir, instance);
    instance.catch(() => opened.delete(dataDir));
  }
  return instance;
}

async function open(dataDir: string): Promise<PGlite> {
  fs.mkdirSync(dataDir, { recursive: true });
  claimDataDir(dataDir);
  return PGlite.create(dataDir);
}

/** Refuses to open a folder another live process holds: two PGlite writers corrupt it. */
function claimDataDir(dataDir: string) {
  const lockFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.pid`);
  const holder = Number.parseInt(readIfExists(lockFile) ?? '', 10);
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `The embedded database in ${dataDir} is in use by another process (pid ${holder}). ` +
        'Stop that process first (the app applies migrations itself at startup), or set DATA_DIR to another folder.',
    );
  }
  fs.writeFileSync(lockFile, String(process.pid));
  process.once('exit', () => {
    if (readIfExists(lockFile) === String(process.pid)) fs.rmSync(lockFile, { force: true });
  });
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Closes this process's instance for a folder (tests use throwaway folders). */
export async function closePglite(dataDir: string) {
  const instance = globalForPglite.pglite?.get(dataDir);
  globalForPglite.pglite?.delete(dataDir);
  if (instance) await (await instance).close();
}
