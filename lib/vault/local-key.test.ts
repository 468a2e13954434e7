import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { KeyringError } from './keyring';
import { loadOrCreateLocalKey, resolveKeyring } from './local-key';
import { randomKeyring } from './test-keyrings';

const freshDir = () => mkdtempSync(path.join(tmpdir(), 'vault-local-key-'));
const here = path.dirname(fileURLToPath(import.meta.url));

describe('loadOrCreateLocalKey', () => {
  it('creates the data folder and a key file readable only by its owner', () => {
    const dataDir = path.join(freshDir(), 'nested', '.data');
    const { keyring, created, file } = loadOrCreateLocalKey(dataDir);
    expect(created).toBe(true);
    expect(file).toBe(path.join(dataDir, 'credential-keys'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(keyring.activeKey.id).toMatch(/^local-[0-9a-f]{6}$/);
    expect(readFileSync(file, 'utf8').trim()).toBe(`${keyring.activeKey.id}:${keyring.activeKey.key.toString('base64')}`);
  });

  it('reuses the same key on later calls', () => {
    const dataDir = freshDir();
    const first = loadOrCreateLocalKey(dataDir);
    const second = loadOrCreateLocalKey(dataDir);
    expect(second.created).toBe(false);
    expect(second.keyring.activeKey.id).toBe(first.keyring.activeKey.id);
    expect(second.keyring.activeKey.key.equals(first.keyring.activeKey.key)).toBe(true);
  });

  it('refuses to replace a damaged key file, since tokens sealed with it would be lost', () => {
    const dataDir = freshDir();
    const file = path.join(dataDir, 'credential-keys');
    writeFileSync(file, 'local-abc:tooshort\n');
    expect(() => loadOrCreateLocalKey(dataDir)).toThrow(KeyringError);
    expect(() => loadOrCreateLocalKey(dataDir)).toThrow(/Restore .*credential-keys from a backup/);
    expect(readFileSync(file, 'utf8')).toBe('local-abc:tooshort\n');
  });

  it('gives the same key to several processes that start at the same moment', async () => {
    const dataDir = freshDir();
    const startAt = Date.now() + 2_500; // after every child has loaded, so they race for real
    const child = [
      `const { loadOrCreateLocalKey } = await import(${JSON.stringify(pathToFileURL(path.join(here, 'local-key.ts')).href)});`,
      `while (Date.now() < ${startAt}) {}`,
      `const { keyring, created } = loadOrCreateLocalKey(${JSON.stringify(dataDir)});`,
      `const digest = (await import('node:crypto')).createHash('sha256').update(keyring.activeKey.key).digest('hex');`,
      'console.log(JSON.stringify({ id: keyring.activeKey.id, digest, created }));',
    ].join('\n');
    const run = () =>
      promisify(execFile)(process.execPath, ['--conditions=react-server', '--import', 'tsx', '--input-type=module', '-e', child], {
        cwd: path.resolve(here, '../..'),
      });
    const results = (await Promise.all(Array.from({ length: 6 }, run))).map(
      ({ stdout }) => JSON.parse(stdout) as { id: string; digest: string; created: boolean },
    );

    const stored = readFileSync(path.join(dataDir, 'credential-keys'), 'utf8').trim().split(':');
    const storedDigest = createHash('sha256').update(Buffer.from(stored[1]!, 'base64')).digest('hex');
    expect(new Set(results.map((result) => `${result.id}/${result.digest}`))).toEqual(new Set([`${stored[0]}/${storedDigest}`]));
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(readdirSync(dataDir)).toEqual(['credential-keys']); // no temporary files left behind
  }, 30_000);
});

describe('resolveKeyring', () => {
  it('uses CREDENTIAL_KEYS when it is set, without touching the data folder', () => {
    const dataDir = freshDir();
    const { config } = randomKeyring('k7');
    const log = vi.fn();
    const keyring = resolveKeyring({ credentialKeys: config, databaseUrl: 'postgres://db/app', dataDir, log });
    expect(keyring.activeKey.id).toBe('k7');
    expect(readdirSync(dataDir)).toEqual([]);
    expect(log).not.toHaveBeenCalled();
  });

  it('falls back to a local key on the embedded database and warns once where it is', () => {
    const dataDir = freshDir();
    const log = vi.fn();
    const first = resolveKeyring({ credentialKeys: undefined, databaseUrl: undefined, dataDir, log });
    const second = resolveKeyring({ credentialKeys: '', databaseUrl: undefined, dataDir, log });
    expect(second.activeKey.key.equals(first.activeKey.key)).toBe(true);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(
      `Using a local credential key at ${path.join(dataDir, 'credential-keys')}: back it up together with the embedded data; set CREDENTIAL_KEYS for production.`,
    );
  });

  it('requires CREDENTIAL_KEYS with a shared Postgres and explains how to generate it', () => {
    const dataDir = freshDir();
    const resolve = () => resolveKeyring({ credentialKeys: undefined, databaseUrl: 'postgres://db/app', dataDir, log: vi.fn() });
    expect(resolve).toThrow(KeyringError);
    expect(resolve).toThrow(/CREDENTIAL_KEYS is required when DATABASE_URL points to a shared Postgres/);
    expect(resolve).toThrow(`node -e "console.log('k1:' + require('crypto').randomBytes(32).toString('base64'))"`);
    expect(readdirSync(dataDir)).toEqual([]);
  });
});
