import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PlanhatDouble } from '@/lib/testing/planhat-double/server';
import { createTestActor, saveTestCredential, withServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';
import { sealedCredentialRow } from '@/lib/testing/seed-credentials';
import { randomKeyring } from '@/lib/vault/test-keyrings';
import { deleteCredential } from './delete-credential';
import { listCredentialEvents } from './credential-events';
import { getCredential } from './get-credential';
import { listCredentials } from './list-credentials';
import { recheckCredential } from './recheck-credential';
import { replaceCredentialToken } from './replace-token';
import { updateCredentialDetails } from './update-details';

let double: PlanhatDouble;
let env: ServiceTestEnv;

withServiceTestEnv((started) => ({ double, env } = started));

const newToken = () => {
  const token = `phtest_${randomUUID().replaceAll('-', '')}`;
  double.addToken({ token });
  return token;
};

describe('managing a credential', () => {
  it('renames without calling Planhat and records it', async () => {
    const owner = await createTestActor(env.db);
    const { credential } = await saveTestCredential(owner, double);
    double.clearRequests();

    const outcome = await updateCredentialDetails(owner, credential.id, { name: 'Renamed', description: 'Now described', version: credential.version });

    expect(outcome).toMatchObject({ ok: true, credential: { name: 'Renamed', description: 'Now described', version: credential.version + 1, tokenHint: credential.tokenHint } });
    expect(double.requests()).toEqual([]);
    const [latest] = await listCredentialEvents(owner, credential.id);
    expect(latest).toMatchObject({ type: 'renamed', detail: { from: credential.name, to: 'Renamed' } });
  });

  it('refuses a stale edit and returns the current values instead of overwriting them', async () => {
    const owner = await createTestActor(env.db);
    const { credential } = await saveTestCredential(owner, double);
    await updateCredentialDetails(owner, credential.id, { name: 'First edit', description: '', version: credential.version });

    const stale = await updateCredentialDetails(owner, credential.id, { name: 'Second edit', description: '', version: credential.version });

    expect(stale).toMatchObject({ ok: false, problem: 'conflict', current: { name: 'First edit' } });
    expect((await getCredential(owner, credential.id)).name).toBe('First edit');
  });

  it('refuses a rename to another credential’s name, whatever its case', async () => {
    const owner = await createTestActor(env.db);
    const { credential: first } = await saveTestCredential(owner, double);
    const { credential: second } = await saveTestCredential(owner, double);
    const outcome = await updateCredentialDetails(owner, second.id, { name: first.name.toUpperCase(), description: '', version: second.version });
    expect(outcome).toEqual({ ok: false, problem: 'duplicate-name' });
  });

  it('re-check turns a revoked token Invalid, and replacing the token makes it Verified again', async () => {
    const owner = await createTestActor(env.db);
    const { credential, token } = await saveTestCredential(owner, double);
    double.revoke(token);

    const recheck = await recheckCredential(owner, credential.id);
    expect(recheck.credential.status).toBe('invalid');

    const replaced = await replaceCredentialToken(owner, credential.id, {
      fields: { apiAccessToken: newToken(), region: 'auto' },
      verify: true,
      version: recheck.credential.version,
    });
    expect(replaced).toMatchObject({ ok: true, credential: { status: 'verified' } });
    const types = (await listCredentialEvents(owner, credential.id)).map((event) => event.type);
    expect(types).toEqual(['token-replaced', 'checked', 'created']);
  });

  it('gives a token to one credential only when two replacements with it race, and names the winner to the other', async () => {
    const owner = await createTestActor(env.db);
    for (let round = 0; round < 20; round++) {
      const [{ credential: first }, { credential: second }] = await Promise.all([saveTestCredential(owner, double), saveTestCredential(owner, double)]);
      const fields = { apiAccessToken: newToken(), region: 'auto' } as const;

      const outcomes = await Promise.all([first, second].map((credential) => replaceCredentialToken(owner, credential.id, { fields, verify: false, version: credential.version })));

      const holders = await env.db.credential.findMany({ where: { workspaceId: owner.workspaceId, tokenHint: fields.apiAccessToken.slice(-4), id: { in: [first.id, second.id] } }, select: { name: true } });
      expect(holders).toHaveLength(1);
      expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([{ ok: false, problem: 'duplicate-token', existingName: holders[0]!.name }]);
    }
  });

  it('shows a credential sealed under a key that is gone as unreadable, and a new token fixes it', async () => {
    const owner = await createTestActor(env.db);
    const lostKey = randomKeyring('lost').keyring;
    const row = sealedCredentialRow(lostKey, { workspaceId: owner.workspaceId, name: `Lost key ${randomUUID().slice(0, 6)}`, token: 'phtest_sealed_under_a_lost_key_000' });
    await env.db.credential.create({ data: { ...row, createdById: owner.userId } });

    expect((await getCredential(owner, row.id)).status).toBe('unreadable');
    expect((await listCredentials(owner, { status: 'unreadable' })).items.map((c) => c.id)).toContain(row.id);
    await expect(recheckCredential(owner, row.id)).rejects.toMatchObject({ code: 'unreadable' });

    const fixed = await replaceCredentialToken(owner, row.id, { fields: { apiAccessToken: newToken(), region: 'auto' }, verify: true, version: 1 });
    expect(fixed).toMatchObject({ ok: true, credential: { status: 'verified' } });
  });

  it('deletes only after the exact name is typed, and never while a source uses the credential', async () => {
    const owner = await createTestActor(env.db);
    const { credential } = await saveTestCredential(owner, double);
    const source = await env.db.dataSource.create({ data: { workspaceId: owner.workspaceId, credentialId: credential.id, name: 'Companies feed', model: 'companies' } });

    expect(await deleteCredential(owner, credential.id, 'wrong name')).toEqual({ ok: false, problem: 'name-mismatch' });
    expect(await deleteCredential(owner, credential.id, credential.name)).toMatchObject({
      ok: false,
      problem: 'in-use',
      usage: { sources: [{ id: source.id, name: 'Companies feed', model: 'companies' }], destinations: [] },
    });
    await expect(env.db.credential.delete({ where: { id: credential.id } })).rejects.toThrow();

    await env.db.dataSource.delete({ where: { id: source.id } });
    expect(await deleteCredential(owner, credential.id, credential.name)).toEqual({ ok: true });
    expect(await env.db.credential.count({ where: { id: credential.id } })).toBe(0);
    const trail = await env.db.credentialEvent.findMany({ where: { credentialId: credential.id }, orderBy: { createdAt: 'desc' } });
    expect(trail[0]?.type).toBe('deleted');
  });
});

describe('the Credentials page', () => {
  it('searches for % and _ literally', async () => {
    const owner = await createTestActor(env.db);
    const { credential: percent } = await saveTestCredential(owner, double);
    await updateCredentialDetails(owner, percent.id, { name: 'Uptime 99.9% sync', description: '', version: percent.version });
    await saveTestCredential(owner, double);

    const names = async (search: string) => (await listCredentials(owner, { search })).items.map((item) => item.name);
    expect(await names('%')).toEqual(['Uptime 99.9% sync']);
    expect(await names('_')).toEqual([]);
  });
});

describe('who may do what', () => {
  it('answers not-found for every action on a credential of another workspace', async () => {
    const owner = await createTestActor(env.db);
    const outsider = await createTestActor(env.db);
    const { credential } = await saveTestCredential(owner, double);
    const notFound = { code: 'not-found' };

    await expect(getCredential(outsider, credential.id)).rejects.toMatchObject(notFound);
    await expect(getCredential(outsider, credential.id, 'use')).rejects.toMatchObject(notFound);
    await expect(recheckCredential(outsider, credential.id)).rejects.toMatchObject(notFound);
    await expect(updateCredentialDetails(outsider, credential.id, { name: 'x', description: '', version: 1 })).rejects.toMatchObject(notFound);
    await expect(replaceCredentialToken(outsider, credential.id, { fields: { apiAccessToken: newToken(), region: 'auto' }, verify: true, version: 1 })).rejects.toMatchObject(notFound);
    await expect(deleteCredential(outsider, credential.id, credential.name)).rejects.toMatchObject(notFound);
    await expect(listCredentialEvents(outsider, credential.id)).rejects.toMatchObject(notFound);
    expect((await listCredentials(outsider, {})).items).toEqual([]);
    expect(await env.db.credential.count({ where: { id: credential.id, name: credential.name } })).toBe(1);
  });

  it('lets a member use and re-check anyone’s credential but edit, replace or delete only their own', async () => {
    const owner = await createTestActor(env.db);
    const member = await createTestActor(env.db, { role: 'member', workspaceId: owner.workspaceId });
    const { credential: owners } = await saveTestCredential(owner, double);
    const { credential: own } = await saveTestCredential(member, double);
    const forbidden = { code: 'forbidden' };

    await expect(getCredential(member, owners.id, 'use')).resolves.toMatchObject({ id: owners.id, can: { use: true, delete: false } });
    await expect(recheckCredential(member, owners.id)).resolves.toMatchObject({ credential: { status: 'verified' } });
    await expect(updateCredentialDetails(member, owners.id, { name: 'Mine now', description: '', version: owners.version })).rejects.toMatchObject(forbidden);
    await expect(replaceCredentialToken(member, owners.id, { fields: { apiAccessToken: newToken(), region: 'auto' }, verify: false, version: 1 })).rejects.toMatchObject(forbidden);
    await expect(deleteCredential(member, owners.id, owners.name)).rejects.toMatchObject(forbidden);

    await expect(updateCredentialDetails(member, own.id, { name: `Mine ${own.id.slice(0, 4)}`, description: '', version: own.version })).resolves.toMatchObject({ ok: true });
    await expect(deleteCredential(member, own.id, (await getCredential(member, own.id)).name)).resolves.toEqual({ ok: true });
  });
});
