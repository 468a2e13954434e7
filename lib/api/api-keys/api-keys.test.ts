import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/credentials/route';
import { createTestActor } from '@/lib/testing/service-test-env';
import { apiRequest, noParams, startApiTestEnv, type ApiTestEnv } from '../testing';
import { listApiKeys } from './list-api-keys';
import { createApiKey, revokeApiKey } from './manage-api-keys';

let env: ApiTestEnv;
beforeAll(async () => {
  env = await startApiTestEnv();
});
afterAll(async () => {
  await env?.close();
});

const listStatus = async (key: string) => (await GET(apiRequest('/credentials', { key }), noParams)).status;

describe('workspace API keys', () => {
  it('shows a new key once; the list holds its name and first characters, never the key or its hash', async () => {
    const owner = await createTestActor(env.db);
    const { id, key } = await createApiKey(owner, 'Nightly sync');
    expect(key).toMatch(/^phcm_[A-Za-z]{64}$/);

    const [listed, ...others] = await listApiKeys(owner);

    expect(others).toEqual([]);
    expect(listed).toEqual({
      id, name: 'Nightly sync', start: key.slice(0, 10), createdAt: expect.any(String), lastUsedAt: null,
      createdBy: { id: owner.userId, name: owner.name }, active: true,
    });
    const row = await env.db.apikey.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(listed)).not.toContain(key.slice(6, 20));
    expect(JSON.stringify(listed)).not.toContain(row.key);
    expect(row.key).not.toContain(key.slice(6));
  });

  it('refuses a second key with the same name in the workspace, whatever its case', async () => {
    const owner = await createTestActor(env.db);
    await createApiKey(owner, 'Nightly sync');
    await expect(createApiKey(owner, 'NIGHTLY SYNC')).rejects.toMatchObject({ field: 'name', message: expect.stringContaining('exists already') });
    await expect(createApiKey(await createTestActor(env.db), 'Nightly sync')).resolves.toMatchObject({ key: expect.any(String) });
  });

  it('records when a key was last used', async () => {
    const owner = await createTestActor(env.db);
    const { key } = await createApiKey(owner, 'Used');
    const before = Date.now();
    expect(await listStatus(key)).toBe(200);
    const lastUsedAt = Date.parse((await listApiKeys(owner))[0]?.lastUsedAt ?? '');
    // The database's clock, read back as UTC like every other time: within moments of the request.
    expect(Math.abs(lastUsedAt - before)).toBeLessThan(5_000);
  });

  it('lets an admin create and revoke keys, acting with the admin’s role', async () => {
    const owner = await createTestActor(env.db);
    const admin = await createTestActor(env.db, { role: 'admin', workspaceId: owner.workspaceId });
    const { id, key } = await createApiKey(admin, 'Admin made');
    expect(await listStatus(key)).toBe(200);
    await revokeApiKey(admin, id);
    expect(await listStatus(key)).toBe(401);
  });

  it('lets members see the keys but not create or revoke them', async () => {
    const owner = await createTestActor(env.db);
    const member = await createTestActor(env.db, { role: 'member', workspaceId: owner.workspaceId });
    const { id, key } = await createApiKey(owner, 'Shared');
    expect((await listApiKeys(member)).map((listed) => listed.id)).toEqual([id]);
    await expect(createApiKey(member, 'Mine')).rejects.toThrow('Only workspace owners and admins');
    await expect(revokeApiKey(member, id)).rejects.toThrow('Only workspace owners and admins');
    expect(await listStatus(key)).toBe(200);
  });

  it('revokes a key of the workspace only, and the API refuses it from then on', async () => {
    const owner = await createTestActor(env.db);
    const outsider = await createTestActor(env.db);
    const { id, key } = await createApiKey(owner, 'To revoke');
    await expect(revokeApiKey(outsider, id)).rejects.toThrow('does not exist');
    expect(await listStatus(key)).toBe(200);
    await revokeApiKey(owner, id);
    expect(await listStatus(key)).toBe(401);
    expect(await listApiKeys(owner)).toEqual([]);
  });

  it('marks a key inactive once its creator leaves the workspace', async () => {
    const owner = await createTestActor(env.db);
    const leaver = await createTestActor(env.db, { workspaceId: owner.workspaceId });
    await createApiKey(leaver, 'Orphaned');
    await env.db.member.deleteMany({ where: { userId: leaver.userId, organizationId: owner.workspaceId } });
    expect(await listApiKeys(owner)).toMatchObject([{ name: 'Orphaned', active: false, createdBy: { name: leaver.name } }]);
  });
});
