import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkOutcomeSchema, credentialEventsSchema } from '@/lib/api/schemas/credential-resources';
import { expectProblem, plantToken, routeParams, withApiKey, withApiTestEnv, credentialRequest, type ApiCall, type ApiTestEnv } from '@/lib/api/testing';
import { createTestActor, saveTestCredential } from '@/lib/testing/service-test-env';
import { sealedCredentialRow } from '@/lib/testing/seed-credentials';
import { randomKeyring } from '@/lib/vault/test-keyrings';
import { POST as CHECK } from './check/route';
import { GET as EVENTS } from './events/route';
import { PATCH } from './route';
import { PUT } from './token/route';

let env: ApiTestEnv;
withApiTestEnv((started) => (env = started));

type Call = ApiCall;
const request = credentialRequest;
const api = {
  patch: (id: string, call: Call) => PATCH(request('PATCH', `/credentials/${id}`, call), routeParams({ id })),
  putToken: (id: string, call: Call) => PUT(request('PUT', `/credentials/${id}/token`, call), routeParams({ id })),
  check: (id: string, call: Call) => CHECK(request('POST', `/credentials/${id}/check`, call), routeParams({ id })),
  events: (id: string, call: Call) => EVENTS(request('GET', `/credentials/${id}/events${call.query ?? ''}`, call), routeParams({ id })),
};

describe('PUT /credentials/{id}/token', () => {
  it('replaces the token after checking it, and bumps the version', async () => {
    const { actor, key } = await withApiKey(await createTestActor(env.db));
    const { credential } = await saveTestCredential(actor, env.double);
    const token = plantToken(env.double);
    const response = await api.putToken(credential.id, { key, ifMatch: '"1"', body: { apiAccessToken: token } });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"2"');
    const text = await response.text();
    expect(text).not.toContain(token);
    expect(JSON.parse(text)).toMatchObject({ status: 'verified', tokenHint: token.slice(-4), version: 2 });
  });

  it('refuses a stale version before asking Planhat, and a rejected token with 422', async () => {
    const { actor, key } = await withApiKey(await createTestActor(env.db));
    const { credential } = await saveTestCredential(actor, env.double);
    await expectProblem(await api.putToken(credential.id, { key, body: { apiAccessToken: plantToken(env.double) } }), 428, 'version-required');
    env.double.clearRequests();
    await expectProblem(await api.putToken(credential.id, { key, ifMatch: '"7"', body: { apiAccessToken: plantToken(env.double) } }), 412, 'version-mismatch');
    expect(env.double.requests()).toEqual([]);
    await expectProblem(await api.putToken(credential.id, { key, ifMatch: '"1"', body: { apiAccessToken: `phtest_${randomBytes(16).toString('hex')}` } }), 422, 'token-rejected');
    const unverified = await api.putToken(credential.id, { key, ifMatch: '"1"', body: { apiAccessToken: `phtest_${randomBytes(16).toString('hex')}`, verify: false } });
    expect(await unverified.json()).toMatchObject({ status: 'not_verified', accessReport: null });
  });
});

describe('POST /credentials/{id}/check', () => {
  it('re-checks the stored token and returns the access report, whatever the outcome', async () => {
    const { actor, key } = await withApiKey(await createTestActor(env.db));
    const { credential, token } = await saveTestCredential(actor, env.double, { readable: ['companies', 'nps'] });
    const verified = checkOutcomeSchema.parse(await (await api.check(credential.id, { key })).json());
    expect(verified.check).toMatchObject({ status: 'verified', readableCount: 2 });
    expect(verified.check.models.companies).toEqual({ access: 'readable' });

    env.double.revoke(token);
    const revoked = await api.check(credential.id, { key });
    expect(revoked.status).toBe(200);
    expect(checkOutcomeSchema.parse(await revoked.json())).toMatchObject({ credential: { status: 'invalid' }, check: { status: 'invalid' } });
  });

  it('answers 409 when the token cannot be decrypted', async () => {
    const { actor, key } = await withApiKey(await createTestActor(env.db));
    const row = sealedCredentialRow(randomKeyring('lost').keyring, { workspaceId: actor.workspaceId, name: `Lost ${randomBytes(2).toString('hex')}`, token: 'phtest_sealed_under_a_lost_key_000' });
    await env.db.credential.create({ data: { ...row, createdById: actor.userId } });
    await expectProblem(await api.check(row.id, { key }), 409, 'unreadable');
  });
});

describe('GET /credentials/{id}/events', () => {
  it('returns the audit trail newest first, attributed to the key’s creator', async () => {
    const { actor, key } = await withApiKey(await createTestActor(env.db));
    const { credential } = await saveTestCredential(actor, env.double);
    await api.patch(credential.id, { key, ifMatch: '"1"', body: { name: `Renamed ${randomBytes(2).toString('hex')}` } });
    await api.check(credential.id, { key });

    const events = credentialEventsSchema.parse(await (await api.events(credential.id, { key })).json());
    expect(events.items.map((event) => event.type)).toEqual(['checked', 'renamed', 'created']);
    expect(events.items[0]).toMatchObject({ actorName: actor.name, detail: { trigger: 'api' } });
    expect(credentialEventsSchema.parse(await (await api.events(credential.id, { key, query: '?limit=1' })).json()).items).toHaveLength(1);
    await expectProblem(await api.events(credential.id, { key, query: '?limit=0' }), 400, 'invalid-request');
  });
});
