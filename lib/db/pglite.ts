import 'server-only';
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { claimDataDir } from './data-dir-lock';

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

/** Closes this process's instance for a folder (tests use throwaway folders). */
export async function closePglite(dataDir: string) {
  const instance = globalForPglite.pglite?.get(dataDir);
  globalForPglite.pglite?.delete(dataDir);
  if (instance) await (await instance).close();
}
