import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Where the pid of the process holding an embedded database folder is kept: beside the folder. */
export const lockFileOf = (dataDir: string) => path.join(path.dirname(dataDir), `${path.basename(dataDir)}.pid`);

// Locks this process holds, removed when it exits (a crash leaves them: the next start takes them over).
const held = new Set<string>();

/**
 * Takes the lock of an embedded database folder, or refuses while another live process holds it:
 * two PGlite writers corrupt a folder. Taking it is atomic (a hard link to a file already holding
 * our pid, which fails if the lock exists), so two processes starting at once cannot both get it.
 */
export function claimDataDir(dataDir: string) {
  const lockFile = lockFileOf(dataDir);
  if (held.has(lockFile)) return;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (createExclusively(lockFile, String(process.pid))) return hold(lockFile);
    const content = readIfExists(lockFile);
    if (content === undefined) continue; // released meanwhile
    const holder = Number.parseInt(content, 10);
    if (holder === process.pid) return hold(lockFile);
    if (holder > 0 && isAlive(holder)) throw new Error(inUseMessage(dataDir, lockFile, holder));
    removeStale(lockFile, content);
  }
  throw new Error(`Could not lock the embedded database in ${dataDir}: other processes kept taking ${lockFile}. Start the app again.`);
}

function inUseMessage(dataDir: string, lockFile: string, holder: number) {
  return (
    `The embedded database in ${dataDir} is in use by another process (pid ${holder}, written in ${lockFile}). ` +
    'Stop that process first (the app applies migrations itself at startup), or set DATA_DIR to another folder. ' +
    `If no copy of this app is running on that folder (after a restart the pid may belong to an unrelated program: check with \`ps -p ${holder} -o pid,command\`), ` +
    `the lock is stale: delete ${lockFile} and start again.`
  );
}

/** Creates `file` holding `content` unless it exists, in one step: other processes see it complete or not at all. */
function createExclusively(file: string, content: string): boolean {
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  fs.writeFileSync(draft, content);
  try {
    fs.linkSync(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    // A file system without hard links: an exclusive create is atomic too, only briefly empty.
    return createWithoutLink(file, content);
  } finally {
    fs.rmSync(draft, { force: true });
  }
}

function createWithoutLink(file: string, content: string): boolean {
  try {
    fs.writeFileSync(file, content, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Removes a lock whose process is gone. It is first moved aside (atomic), so two processes taking
 * over the same stale lock at once cannot delete the fresh lock one of them has just taken: a
 * moved file that turns out not to be the stale one is put back.
 */
function removeStale(lockFile: string, staleContent: string) {
  const aside = `${lockFile}.stale.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(lockFile, aside);
  } catch {
    return; // someone else moved it already
  }
  try {
    if (readIfExists(aside) !== staleContent) fs.linkSync(aside, lockFile);
  } catch {
    // The name was taken again meanwhile: that lock stands.
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

function hold(lockFile: string) {
  if (held.size === 0) {
    process.once('exit', () => {
      for (const file of held) if (readIfExists(file) === String(process.pid)) fs.rmSync(file, { force: true });
    });
  }
  held.add(lockFile);
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
