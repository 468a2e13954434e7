import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialPageSchema } from '@/lib/api/schemas/credential-resources';
import { apiKeyFor, apiRequest, expectProblem, noParams, startApiTestEnv, type ApiTestEnv } from '@/lib/api/testing';
import type { Actor } from '@/lib/auth/actor';
import { createTestActor, saveTestCredential } from '@/lib/testing/service-test-env';
import { GET } from './route';

let env: ApiTestEnv;
beforeAll(async () => {
  env = await startApiTestEnv();
});
afterAll(async () => {
  await env?.close();
});

async function ownerWithKey() {
  const owner = await createTestActor(env.db);
  return { owner, key: await apiKeyFor(owner) };
}

async function createCredentialNamed(owner: Actor, name: string) {
  const { credential } = await saveTestCredential(owner, env.double, {}, { verify: false });
  await env.db.credential.update({ where: { id: credential.id }, data: { name, nameKey: name.toLowerCase() } });
  return credential.id;
}

const list = (key: string, query = '') => GET(apiRequest(`/credentials${query}`, { key }), noParams);

describe('GET /credentials', () => {
  it('walks every credential of the workspace, newest first, a page at a time', async () => {
    const { owner, key } = await ownerWithKey();
    const saved = [];
    for (let i = 0; i < 5; i++) saved.push((await saveTestCredential(owner, env.double, {}, { verify: false })).credential);

    const seen: { id: string; createdAt: string }[] = [];
    let cursor: string | null = null;
    do {
      const response = await list(key, `?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(response.status).toBe(200);
      const page = credentialPageSchema.parse(await response.json());
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);

    // Each exactly once, and never older before newer (two saved in the same millisecond may come either way).
    expect(seen.map((item) => item.id).sort()).toEqual(saved.map((credential) => credential.id).sort());
    const times = seen.map((item) => item.createdAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('filters by status, connector and search', async () => {
    const { owner, key } = await ownerWithKey();
    const { credential: verified } = await saveTestCredential(owner, env.double);
    const { credential: unverified } = await saveTestCredential(owner, env.double, {}, { verify: false });
    const ids = async (query: string) => credentialPageSchema.parse(await (await list(key, query)).json()).items.map((item) => item.id);

    expect(await ids('?status=verified')).toEqual([verified.id]);
    expect(await ids('?status=not_verified&connector=planhat')).toEqual([unverified.id]);
    expect(await ids(`?search=${encodeURIComponent(unverified.name.slice(-6).toUpperCase())}`)).toEqual([unverified.id]);
  });

  it('searches for % and _ as the characters they are, not as wildcards', async () => {
    const { owner, key } = await ownerWithKey();
    const percent = await createCredentialNamed(owner, 'Growth 100% sync');
    const underscore = await createCredentialNamed(owner, 'eu_west replica');
    await createCredentialNamed(owner, 'Plain name');
    await createCredentialNamed(owner, 'Backslash \\ name');
    const ids = async (search: string) => credentialPageSchema.parse(await (await list(key, `?search=${encodeURIComponent(search)}`)).json()).items.map((item) => item.id);

    expect(await ids('%')).toEqual([percent]);
    expect(await ids('0% s')).toEqual([percent]);
    expect(await ids('_')).toEqual([underscore]);
    expect(await ids('u_w')).toEqual([underscore]);
    expect(await ids('e_w')).toEqual([]);
    expect(await ids('\\')).toHaveLength(1);
  });

  it('shows nothing of another workspace', async () => {
    const { owner } = await ownerWithKey();
    await saveTestCredential(owner, env.double);
    const { key: outsiderKey } = await ownerWithKey();
    expect(credentialPageSchema.parse(await (await list(outsiderKey)).json())).toEqual({ items: [], nextCursor: null });
  });

  it('answers 400 to a limit out of range or a cursor it did not give out', async () => {
    const { key } = await ownerWithKey();
    const tooMany = await expectProblem(await list(key, '?limit=1000'), 400, 'invalid-request');
    expect(tooMany.errors).toEqual([{ parameter: 'limit', detail: expect.any(String) }]);
    const forged = await expectProblem(await list(key, '?cursor=bm90LWEtY3Vyc29y'), 400, 'invalid-request');
    expect(forged.errors).toEqual([{ parameter: 'cursor', detail: expect.any(String) }]);
    await expectProblem(await list(key, '?status=lost'), 400, 'invalid-request');
  });
});
