import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { claimDataDir, lockFileOf } from './data-dir-lock';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function dataDir(): string {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-test-'));
  cleanups.push(() => fs.rmSync(parent, { recursive: true, force: true }));
  return path.join(parent, 'pglite');
}

/** A live process that has nothing to do with the app, as after a restart hands its old pid to another program. */
function unrelatedProcess(): ChildProcess {
  const child = spawn('sleep', ['30'], { stdio: 'ignore' });
  cleanups.push(() => child.kill());
  return child;
}

/**
 * `count` processes that, round after round, each try to take a fresh folder at the same moment,
 * answering per round which of them got it. Each round's file names the moment (a few ms ahead):
 * they sleep until just before it and spin only the last 2 ms, so they start within microseconds
 * of each other without hogging the CPU the other tests need.
 */
async function claimAtOnce(folders: string[], count: number): Promise<number[]> {
  const script = `
    const fs = require('node:fs');
    const folders = ${JSON.stringify(folders)};
    const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    const read = (file) => { try { return fs.readFileSync(file, 'utf8'); } catch { return undefined; } };
    import('./lib/db/data-dir-lock').then(({ claimDataDir }) => {
      console.log('ready');
      for (const [round, folder] of folders.entries()) {
        let at;
        while ((at = read(folder + '.go')) === undefined) sleep(1);
        while (Date.now() < Number(at) - 2) sleep(1);
        while (Date.now() < Number(at));
        let result = 'refused';
        try { claimDataDir(folder); result = 'claimed'; } catch {}
        console.log(round + ':' + result);
      }
      setInterval(() => {}, 1000); // alive, holding its locks, until the test ends it
    });`;
  const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
  const children = Array.from({ length: count }, () => spawn(tsx, ['--conditions=react-server', '-e', script], { cwd: repoRoot }));
  cleanups.push(() => children.forEach((child) => child.kill()));
  const outputs = children.map((child) => {
    const output = { text: '' };
    child.stdout.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
    return output;
  });
  const until = async (done: () => boolean) => {
    while (!done()) await new Promise((resolve) => setTimeout(resolve, 2));
  };
  await until(() => outputs.every((output) => output.text.includes('ready')));
  const claimed: number[] = [];
  for (const [round, folder] of folders.entries()) {
    // Written aside and renamed into place, so no process reads half a timestamp.
    fs.writeFileSync(`${folder}.go-draft`, String(Date.now() + 20));
    fs.renameSync(`${folder}.go-draft`, `${folder}.go`);
    await until(() => outputs.every((output) => new RegExp(`^${round}:`, 'm').test(output.text)));
    claimed.push(outputs.filter((output) => new RegExp(`^${round}:claimed`, 'm').test(output.text)).length);
  }
  return claimed;
}

describe('the embedded database folder lock', () => {
  it('goes to exactly one of several processes starting at the same moment, in each of 100 rounds', async () => {
    const folders = Array.from({ length: 100 }, () => dataDir());

    const claimedPerRound = await claimAtOnce(folders, 4);

    expect(claimedPerRound.filter((claimed) => claimed !== 1)).toEqual([]);
  });

  it('names the live process holding it, and says how to tell whether the lock is stale and clear it safely', () => {
    const folder = dataDir();
    const holder = unrelatedProcess();
    fs.mkdirSync(path.dirname(folder), { recursive: true });
    fs.writeFileSync(lockFileOf(folder), String(holder.pid));

    expect(() => claimDataDir(folder)).toThrow(`in use by another process (pid ${holder.pid}`);
    expect(() => claimDataDir(folder)).toThrow(`ps -p ${holder.pid}`);
    expect(() => claimDataDir(folder)).toThrow(`delete ${lockFileOf(folder)} and start again`);
    expect(fs.readFileSync(lockFileOf(folder), 'utf8')).toBe(String(holder.pid));
  });

  it('is taken over from a process that is gone', async () => {
    const folder = dataDir();
    const gone = spawn('true');
    await new Promise((resolve) => gone.on('exit', resolve));
    fs.mkdirSync(path.dirname(folder), { recursive: true });
    fs.writeFileSync(lockFileOf(folder), String(gone.pid));

    claimDataDir(folder);

    expect(fs.readFileSync(lockFileOf(folder), 'utf8')).toBe(String(process.pid));
  });
});
