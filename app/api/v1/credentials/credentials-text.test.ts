import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { credentialSchema } from '@/lib/api/schemas/credential-resources';
import { apiKeyFor, apiRequest, credentialRequest, expectProblem, noParams, routeParams, withApiTestEnv, type ApiTestEnv } from '@/lib/api/testing';
import { createTestActor } from '@/lib/testing/service-test-env';
import { GET as getOne, PATCH } from './[id]/route';
import { GET as list, POST } from './route';

let env: ApiTestEnv;
withApiTestEnv((started) => (env = started));

const suffix = () => randomBytes(3).toString('hex');
const newToken = () => `phtest_${randomBytes(16).toString('hex')}`;

async function ownerWithKey() {
  const owner = await createTestActor(env.db);
  return { owner, key: await apiKeyFor(owner) };
}
const create = (key: string, body: Record<string, unknown>) => POST(apiRequest('/credentials', { method: 'POST', key, body: { apiAccessToken: newToken(), verify: false, ...body } }), noParams);
const patch = (key: string, id: string, body: unknown) => PATCH(credentialRequest('PATCH', `/credentials/${id}`, { key, body, ifMatch: '*' }), routeParams({ id }));

describe('text the API cannot store faithfully', () => {
  it('refuses a NUL or an unpaired surrogate in a name or description with a 400 on that field, saving nothing', async () => {
    const { owner, key } = await ownerWithKey();
    const cases: [Record<string, string>, string][] = [
      [{ name: `Prod\u0000 ${suffix()}` }, '/name'],
      [{ name: `Prod ${suffix()}`, description: 'Nightly\u0000' }, '/description'],
      [{ name: `\ud800x ${suffix()}` }, '/name'],
      [{ name: `Prod ${suffix()}`, description: 'half an emoji \ud83d' }, '/description'],
    ];
    for (const [body, pointer] of cases) {
      const problem = await expectProblem(await create(key, body), 400, 'invalid-request');
      expect(problem.errors).toEqual([{ pointer, detail: expect.stringMatching(/NUL|broken character/) }]);
    }
    expect(await env.db.credential.count({ where: { workspaceId: owner.workspaceId } })).toBe(0);
  });

  it('stores names in NFC and answers exactly what it stored', async () => {
    const { key } = await ownerWithKey();
    const decomposed = `Cafe\u0301 ${suffix()}`;

    const created = credentialSchema.parse(await (await create(key, { name: decomposed, description: 'Re\u0301sume\u0301' })).json());

    expect(created.name).toBe(decomposed.normalize('NFC'));
    expect(created.description).toBe('Résumé');
    const stored = await env.db.credential.findUniqueOrThrow({ where: { id: created.id } });
    expect({ name: stored.name, description: stored.description }).toEqual({ name: created.name, description: created.description });
    const read = credentialSchema.parse(await (await getOne(apiRequest(`/credentials/${created.id}`, { key }), routeParams({ id: created.id }))).json());
    expect(read.name).toBe(created.name);
  });

  it('refuses names that show as nothing or as another text, on create and on rename', async () => {
    const { key } = await ownerWithKey();
    const created = credentialSchema.parse(await (await create(key, { name: `Plain ${suffix()}` })).json());
    for (const name of ['\u200b', '\u200b\u200c\ufeff', '\u2060 \u3164', '\u202egnp.exe', `invoice\u2066 ${suffix()}\u2069`]) {
      const onCreate = await expectProblem(await create(key, { name }), 400, 'invalid-request');
      expect(onCreate.errors).toEqual([{ pointer: '/name', detail: expect.stringMatching(/visible character|right-to-left/) }]);
      const onRename = await expectProblem(await patch(key, created.id, { name }), 400, 'invalid-request');
      expect(onRename.errors).toEqual([{ pointer: '/name', detail: expect.stringMatching(/visible character|right-to-left/) }]);
    }
    const unchanged = await env.db.credential.findUniqueOrThrow({ where: { id: created.id } });
    expect(unchanged.name).toBe(created.name);
  });

  it('refuses an unpaired surrogate in a rename', async () => {
    const { key } = await ownerWithKey();
    const created = credentialSchema.parse(await (await create(key, { name: `Plain ${suffix()}` })).json());
    const problem = await expectProblem(await patch(key, created.id, { name: '\ud800' }), 400, 'invalid-request');
    expect(problem.errors).toEqual([{ pointer: '/name', detail: expect.stringContaining('broken character') }]);
  });

  it('answers 400 to a search for a NUL', async () => {
    const { key } = await ownerWithKey();
    const problem = await expectProblem(await list(apiRequest('/credentials?search=a%00b', { key }), noParams), 400, 'invalid-request');
    expect(problem.errors).toEqual([{ parameter: 'search', detail: expect.stringContaining('NUL') }]);
  });
});
