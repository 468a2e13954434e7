import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { credentialEventsSchema, credentialSchema, usageDaysSchema } from '@/lib/api/schemas/credential-resources';
import { credentialRequest, expectProblem, routeParams, withApiKey, withApiTestEnv, type ApiCall, type ApiTestEnv } from '@/lib/api/testing';
import { createSource } from '@/lib/sources/create-source';
import { readPreview } from '@/lib/sources/read-preview';
import { createTestActor, saveTestCredential } from '@/lib/testing/service-test-env';
import { POST as CHECK } from './check/route';
import { GET as EVENTS } from './events/route';
import { GET } from './route';
import { GET as USAGE } from './usage/route';

let env: ApiTestEnv;
withApiTestEnv((started) => (env = started));

const api = {
  get: (id: string, call: ApiCall) => GET(credentialRequest('GET', `/credentials/${id}`, call), routeParams({ id })),
  check: (id: string, call: ApiCall) => CHECK(credentialRequest('POST', `/credentials/${id}/check`, call), routeParams({ id })),
  events: (id: string, call: ApiCall) => EVENTS(credentialRequest('GET', `/credentials/${id}/events${call.query ?? ''}`, call), routeParams({ id })),
  usage: (id: string, call: ApiCall) => USAGE(credentialRequest('GET', `/credentials/${id}/usage${call.query ?? ''}`, call), routeParams({ id })),
};

/** A credential with a saved source, read three times by the configure preview and twice by the source. */
async function usedCredential() {
  const { actor, key } = await withApiKey(await createTestActor(env.db));
  const { credential, token } = await saveTestCredential(actor, env.double);
  const source = await createSource(actor, { credentialId: credential.id, name: `Feed ${randomUUID().slice(0, 6)}`, model: 'companies' });
  for (const offset of [0, 10, 20]) await readPreview(actor, { credentialId: credential.id, model: 'licenses', offset, source: null });
  for (const offset of [0, 10]) await readPreview(actor, { credentialId: credential.id, model: 'companies', offset, source: { id: source.id, name: source.name } });
  return { key, credential, source, token };
}

describe('reads of a credential over the API', () => {
  it('show as lastUsedAt on the credential, and not as events', async () => {
    const { key, credential } = await usedCredential();
    await api.check(credential.id, { key });

    const read = credentialSchema.parse(await (await api.get(credential.id, { key })).json());
    expect(Date.now() - Date.parse(read.lastUsedAt!)).toBeLessThan(60_000);
    expect(read.version).toBe(credential.version);
    const events = credentialEventsSchema.parse(await (await api.events(credential.id, { key })).json());
    expect(events.items.map((event) => event.type)).toEqual(['checked', 'created']);
    const changes = credentialEventsSchema.parse(await (await api.events(credential.id, { key, query: '?kind=changes' })).json());
    expect(changes.items.map((event) => event.type)).toEqual(['created']);
    await expectProblem(await api.events(credential.id, { key, query: '?kind=used' }), 400, 'invalid-request');
  });

  it('are counted per day and source under /usage, never with the token', async () => {
    const { key, credential, source, token } = await usedCredential();

    const response = await api.usage(credential.id, { key });

    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain(token);
    const { items } = usageDaysSchema.parse(JSON.parse(text));
    const today = new Date().toISOString().slice(0, 10);
    expect(items).toMatchObject([
      { day: today, source: { id: source.id, name: source.name, exists: true }, model: 'companies', reads: 2, failedReads: 0, lastOutcome: 'ok' },
      { day: today, source: null, model: 'licenses', reads: 3, failedReads: 0, lastOutcome: 'ok' },
    ]);
  });

  it('answers 400 for a number of days out of range and 404 for another workspace’s credential', async () => {
    const { key, credential } = await usedCredential();
    const { key: outsiderKey } = await withApiKey(await createTestActor(env.db));

    await expectProblem(await api.usage(credential.id, { key, query: '?days=0' }), 400, 'invalid-request');
    await expectProblem(await api.usage(credential.id, { key, query: '?days=91' }), 400, 'invalid-request');
    await expectProblem(await api.usage(credential.id, { key: outsiderKey }), 404, 'not-found');
  });
});
