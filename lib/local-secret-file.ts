import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A secret kept in a local file (mode 0600) for the zero-configuration embedded setup: created
 * once, then reused. Two processes starting at once agree on one value: the file is written
 * under a temporary name and hard-linked into place, which fails instead of overwriting.
 */
export function readOrCreateSecretFile(file: string, create: () => string): { value: string; created: boolean } {
  const existing = readIfExists(file);
  if (existing !== undefined) return { value: existing, created: false };
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const value = create();
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temporary, `${value}\n`, { mode: 0o600, flag: 'wx' });
  try {
    fs.linkSync(temporary, file);
    return { value, created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { value: readIfExists(file) ?? value, created: false };
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
