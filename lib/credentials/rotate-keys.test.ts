import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { connectDb, type Db } from '@/lib/db/client';
import { runMigrations } from '@/lib/db/run-migrations';
import { createTestWorkspace, fakePlanhatToken, sealedCredentialRow } from '@/lib/testing/seed-credentials';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { fingerprintFor, isVaultError, parseKeyring, type Keyring } from '@/lib/vault';
import { keyIdsInUse, rotateKeys } from './rotate-keys';
import { openSealedToken, sealedTokenColumns } from './token-sealing';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database.target);
  db = await connectDb(database.target);
});
afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

/** Fresh k1 and k2, and the three keyrings of a rotation: before, during (k2 first) and after. */
function rotationKeys() {
  const k1 = `k1:${randomBytes(32).toString('base64')}`;
  const k2 = `k2:${randomBytes(32).toString('base64')}`;
  return { k1, k2, before: parseKeyring(k1), during: parseKeyring(`${k2},${k1}`), after: parseKeyring(k2) };
}

/** A workspace of this test's own, deleted (with its credentials) when the test ends. */
async function workspace(): Promise<string> {
  const workspaceId = await createTestWorkspace(db);
  onTestFinished(async () => {
    await db.organization.delete({ where: { id: workspaceId } });
  });
  return workspaceId;
}

async function seed(keyring: Keyring, workspaceId: string, count: number) {
  const rows = Array.from({ length: count }, (_, i) => ({ name: `Planhat ${i} ${randomBytes(3).toString('hex')}`, token: fakePlanhatToken() }));
  const data = rows.map(({ name, token }) => sealedCredentialRow(keyring, { workspaceId, name, token }));
  await db.credential.createMany({ data });
  return data.map((row, i) => ({ id: row.id, name: row.name, token: rows[i]!.token, tokenHint: row.tokenHint }));
}

const storedRows = (workspaceId: string) =>
  db.credential.findMany({ where: { workspaceId }, omit: { sealedToken: false }, orderBy: { id: 'asc' } });

const storedRow = (id: string) => db.credential.findUniqueOrThrow({ where: { id }, omit: { sealedToken: false } });

function openErrorCode(run: () => unknown): string {
  try {
    run();
    return 'opened';
  } catch (error) {
    if (isVaultError(error)) return error.code;
    throw error;
  }
}

describe('rotateKeys', () => {
  it('re-seals every credential so that a keyring with only the new key opens each to its original token', async () => {
    const keys = rotationKeys();
    const workspaceId = await workspace();
    const seeded = await seed(keys.before, workspaceId, 7);

    const result = await rotateKeys({ db, keyring: keys.during, batchSize: 3 });

    expect(result).toEqual({ resealed: 7, alreadyCurrent: 0, unreadable: [] });
    const stored = await storedRows(workspaceId);
    expect(stored).toHaveLength(7);
    for (const row of stored) {
      const { token, tokenHint } = seeded.find((entry) => entry.id === row.id)!;
      expect(row.keyId).toBe('k2');
      expect(openSealedToken(keys.after, row, row.sealedToken)).toBe(token);
      expect(row.tokenFingerprint).toBe(fingerprintFor(keys.after, token));
      expect(row.tokenFingerprint.startsWith('k2:')).toBe(true);
      expect(row.tokenHint).toBe(tokenHint);
      expect(Buffer.from(row.sealedToken).includes(token)).toBe(false);
    }
    expect(await keyIdsInUse(db)).toEqual(['k2']);
  });

  it('is not an edit: every credential keeps its version (its ETag) and the time it was last updated', async () => {
    const keys = rotationKeys();
    const workspaceId = await workspace();
    await seed(keys.before, workspaceId, 4);
    const before = await storedRows(workspaceId);

    await rotateKeys({ db, keyring: keys.during, batchSize: 3 });

    const after = await storedRows(workspaceId);
    expect(after.map((row) => row.keyId)).toEqual(before.map(() => 'k2'));
    expect(after.map(({ id, version, updatedAt }) => ({ id, version, updatedAt }))).toEqual(before.map(({ id, version, updatedAt }) => ({ id, version, updatedAt })));
  });

  it('re-seals two credentials holding one token under different old keys, though the new key gives them one fingerprint', async () => {
    const keys = rotationKeys();
    const k0 = `k0:${randomBytes(32).toString('base64')}`;
    const workspaceId = await workspace();
    const token = fakePlanhatToken();
    // Saved twice while instances ran with different keys (k0, then k1): neither save saw the other.
    const twins = [sealedCredentialRow(parseKeyring(k0), { workspaceId, name: 'Twin under k0', token }), sealedCredentialRow(keys.before, { workspaceId, name: 'Twin under k1', token })];
    const current = sealedCredentialRow(keys.after, { workspaceId, name: 'Twin under k2', token });
    await db.credential.createMany({ data: [...twins, current] });

    const result = await rotateKeys({ db, keyring: parseKeyring(`${keys.k2},${keys.k1},${k0}`) });

    expect(result).toMatchObject({ resealed: 2, unreadable: [] });
    const stored = await storedRows(workspaceId);
    expect(new Set(stored.map((row) => row.tokenFingerprint))).toEqual(new Set([fingerprintFor(keys.after, token)]));
    expect(stored.filter((row) => !row.twinConfirmed)).toHaveLength(1);
  });

  it('reports unreadable credentials by id, name and error code, and still rotates the others', async () => {
    const keys = rotationKeys();
    const workspaceId = await workspace();
    const readable = await seed(keys.before, workspaceId, 3);
    const [foreign] = await seed(parseKeyring(`k0:${randomBytes(32).toString('base64')}`), workspaceId, 1);
    const [flipped] = await seed(keys.before, workspaceId, 1);
    const { sealedToken } = await storedRow(flipped!.id);
    const damaged = Buffer.from(sealedToken);
    damaged[damaged.length - 20]! ^= 0x01;
    await db.credential.update({ where: { id: flipped!.id }, data: { sealedToken: new Uint8Array(damaged) } });

    const result = await rotateKeys({ db, keyring: keys.during, batchSize: 2 });

    expect(result.resealed).toBe(3);
    expect(result.unreadable).toHaveLength(2);
    expect(result.unreadable).toEqual(
      expect.arrayContaining([
        { id: foreign!.id, name: foreign!.name, workspaceId, code: 'unknown-key' },
        { id: flipped!.id, name: flipped!.name, workspaceId, code: 'tampered' },
      ]),
    );
    const report = JSON.stringify(result);
    for (const { token } of [...readable, foreign!, flipped!]) expect(report).not.toContain(token);
    expect(await storedRow(foreign!.id)).toMatchObject({ keyId: 'k0', version: 1 });
    expect(await storedRow(flipped!.id)).toMatchObject({ keyId: 'k1', version: 1, sealedToken: new Uint8Array(damaged) });
    for (const { id, token } of readable) {
      const row = await storedRow(id);
      expect(openSealedToken(keys.after, row, row.sealedToken)).toBe(token);
    }
  });

  it('changes nothing when run a second time', async () => {
    const keys = rotationKeys();
    const workspaceId = await workspace();
    await seed(keys.before, workspaceId, 4);
    await rotateKeys({ db, keyring: keys.during });
    const afterFirstRun = await storedRows(workspaceId);

    const second = await rotateKeys({ db, keyring: keys.during });

    expect(second).toEqual({ resealed: 0, alreadyCurrent: 4, unreadable: [] });
    expect(await storedRows(workspaceId)).toEqual(afterFirstRun);
  });

  it('finishes the job when run again after being stopped midway', async () => {
    const keys = rotationKeys();
    const workspaceId = await workspace();
    const seeded = await seed(keys.before, workspaceId, 5);
    const stop = new Error('stopped');

    const interrupted = rotateKeys({
      db,
      keyring: keys.during,
      batchSize: 2,
      onProgress: ({ stage }) => {
        if (stage === 'written') throw stop;
      },
    });
    await expect(interrupted).rejects.toBe(stop);
    expect((await storedRows(workspaceId)).filter((row) => row.keyId === 'k2')).toHaveLength(2);

    const resumed = await rotateKeys({ db, keyring: keys.during, batchSize: 2 });

    expect(resumed).toEqual({ resealed: 3, alreadyCurrent: 2, unreadable: [] });
    for (const row of await storedRows(workspaceId)) {
      expect(openSealedToken(keys.after, row, row.sealedToken)).toBe(seeded.find((entry) => entry.id === row.id)!.token);
    }
  });

  it('keeps an edit made between reading and re-sealing a credential, and still moves it to the new key', async () => {
    const keys = rotationKeys();
    const workspaceId = await workspace();
    const [renamed, replaced, untouched] = await seed(keys.before, workspaceId, 3);
    const newToken = fakePlanhatToken();
    const owner = { id: replaced!.id, workspaceId, connector: 'planhat' };

    const result = await rotateKeys({
      db,
      keyring: keys.during,
      onProgress: async ({ stage }) => {
        if (stage !== 'read') return;
        // What the app does meanwhile: a rename, and a token replaced (sealed under the active key).
        await db.credential.update({
          where: { id: renamed!.id },
          data: { name: 'Renamed meanwhile', nameKey: 'renamed meanwhile', version: { increment: 1 } },
        });
        await db.credential.update({
          where: { id: replaced!.id },
          data: { ...sealedTokenColumns(keys.during, owner, newToken), version: { increment: 1 } },
        });
      },
    });

    expect(result).toEqual({ resealed: 2, alreadyCurrent: 1, unreadable: [] });
    const renamedRow = await storedRow(renamed!.id);
    expect(renamedRow).toMatchObject({ name: 'Renamed meanwhile', keyId: 'k2', version: 2 });
    expect(openSealedToken(keys.after, renamedRow, renamedRow.sealedToken)).toBe(renamed!.token);
    const replacedRow = await storedRow(replaced!.id);
    expect(replacedRow).toMatchObject({ keyId: 'k2', version: 2, tokenFingerprint: fingerprintFor(keys.after, newToken) });
    expect(openSealedToken(keys.after, replacedRow, replacedRow.sealedToken)).toBe(newToken);
    expect((await storedRow(untouched!.id)).version).toBe(1);
  });

  it('refuses to open a ciphertext swapped between two credential rows', async () => {
    const keys = rotationKeys();
    const workspaceId = await workspace();
    const otherWorkspaceId = await workspace();
    const [first, second] = await seed(keys.during, workspaceId, 2);
    const [elsewhere] = await seed(keys.during, otherWorkspaceId, 1);
    const [a, b, c] = await Promise.all([storedRow(first!.id), storedRow(second!.id), storedRow(elsewhere!.id)]);
    await db.credential.update({ where: { id: a.id }, data: { sealedToken: b.sealedToken } });
    await db.credential.update({ where: { id: b.id }, data: { sealedToken: a.sealedToken } });
    await db.credential.update({ where: { id: c.id }, data: { sealedToken: a.sealedToken } });

    for (const id of [a.id, b.id, c.id]) {
      const row = await storedRow(id);
      expect(openErrorCode(() => openSealedToken(keys.during, row, row.sealedToken)), id).toBe('tampered');
    }
  });
});

/** Runs `npm run keys:rotate` as the README says, against the test database. */
function runRotateScript(credentialKeys: string): Promise<{ exitCode: number; output: string }> {
  if (database.target.kind !== 'postgres') throw new Error('the script needs a database another process can open');
  const env = { ...process.env, DATABASE_URL: database.target.url, CREDENTIAL_KEYS: credentialKeys };
  const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
  return new Promise((resolve) => {
    execFile(tsx, ['--conditions=react-server', 'scripts/rotate-keys.ts'], { cwd: repoRoot, env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ exitCode: error ? (typeof error.code === 'number' ? error.code : -1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

// A PGlite folder can be opened by one process only, so the script runs against Postgres only.
describe.runIf(Boolean(process.env.DATABASE_URL))('the keys:rotate script', () => {
  it('exits non-zero naming an unreadable credential, then says the old key can go once it is gone', async () => {
    const keys = rotationKeys();
    const workspaceId = await workspace();
    const seeded = await seed(keys.before, workspaceId, 2);
    const [lost] = await seed(parseKeyring(`k0:${randomBytes(32).toString('base64')}`), workspaceId, 1);

    const failing = await runRotateScript(`${keys.k2},${keys.k1}`);

    expect(failing.exitCode).not.toBe(0);
    expect(failing.output).toContain('Re-sealed 2, already current 0, unreadable 1.');
    expect(failing.output).toContain(lost!.id);
    expect(failing.output).toContain(lost!.name);
    expect(failing.output).toContain('unknown-key');
    for (const { token } of [...seeded, lost!]) expect(failing.output).not.toContain(token);

    await db.credential.delete({ where: { id: lost!.id } });
    const passing = await runRotateScript(`${keys.k2},${keys.k1}`);

    expect(passing.exitCode, passing.output).toBe(0);
    expect(passing.output).toContain('Re-sealed 0, already current 2, unreadable 0.');
    expect(passing.output).toContain('No credential uses "k1" any more: remove it from CREDENTIAL_KEYS');
  });
});
