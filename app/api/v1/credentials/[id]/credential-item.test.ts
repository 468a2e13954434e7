import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { credentialSchema } from '@/lib/api/schemas/credential-resources';
import { apiKeyFor, expectProblem, plantToken, routeParams, withApiKey, withApiTestEnv, credentialRequest, type ApiCall, type ApiTestEnv } from '@/lib/api/testing';
import type { Actor } from '@/lib/auth/actor';
import { createTestActor, saveTestCredential } from '@/lib/testing/service-test-env';
import { POST as CHECK } from './check/route';
import { GET as EVENTS } from './events/route';
import { DELETE, GET, PATCH } from './route';
import { PUT } from './token/route';

let env: ApiTestEnv;
withApiTestEnv((started) => (env = started));

type Call = ApiCall;
const request = credentialRequest;
const api = {
  get: (id: string, call: Call) => GET(request('GET', `/credentials/${id}`, call), routeParams({ id })),
  patch: (id: string, call: Call) => PATCH(request('PATCH', `/credentials/${id}`, call), routeParams({ id })),
  delete: (id: string, call: Call) => DELETE(request('DELETE', `/credentials/${id}`, call), routeParams({ id })),
  putToken: (id: string, call: Call) => PUT(request('PUT', `/credentials/${id}/token`, call), routeParams({ id })),
  check: (id: string, call: Call) => CHECK(request('POST', `/credentials/${id}/check`, call), routeParams({ id })),
  events: (id: string, call: Call) => EVENTS(request('GET', `/credentials/${id}/events${call.query ?? ''}`, call), routeParams({ id })),
};

describe('GET /credentials/{id}', () => {
  it('returns the credential with its version as ETag', async () => {
    const { actor, key } = await withApiKey(await createTestActor(env.db));
    const { credential, token } = await saveTestCredential(actor, env.double);
    const response = await api.get(credential.id, { key });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"1"');
    const text = await response.text();
    expect(text).not.toContain(token);
    expect(credentialSchema.parse(JSON.parse(text))).toEqual(credential);
  });

  it('answers 404 on every route for an unknown id, a malformed id, or another workspace’s credential', async () => {
    const { actor } = await withApiKey(await createTestActor(env.db));
    const { credential } = await saveTestCredential(actor, env.double);
    const { key: outsiderKey } = await withApiKey(await createTestActor(env.db));
    const calls = (id: string) => [
      api.get(id, { key: outsiderKey }),
      api.patch(id, { key: outsiderKey, ifMatch: '"1"', body: { name: 'Taken over' } }),
      api.putToken(id, { key: outsiderKey, ifMatch: '"1"', body: { apiAccessToken: plantToken(env.double) } }),
      api.check(id, { key: outsiderKey }),
      api.events(id, { key: outsiderKey }),
      api.delete(id, { key: outsiderKey }),
    ];
    for (const id of [credential.id, randomUUID(), 'not-a-uuid']) {
      for (const response of await Promise.all(calls(id))) await expectProblem(response, 404, 'not-found');
    }
    expect(await env.db.credential.count({ where: { id: credential.id, name: credential.name, version: 1 } })).toBe(1);
  });
});

describe('PATCH /credentials/{id}', () => {
  it('renames with the version it read, keeps fields left out, and answers the new ETag', async () => {
    const { actor, key } = await withApiKey(await createTestActor(env.db));
    const { credential } = await saveTestCredential(actor, env.double);
    await api.patch(credential.id, { key, ifMatch: '"1"', body: { description: 'Kept' } });

    const response = await api.patch(credential.id, { key, ifMatch: '"2"', body: { name: 'Renamed over the API' } });

    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"3"');
    expect(await response.json()).toMatchObject({ name: 'Renamed over the API', description: 'Kept', version: 3 });
  });

  it('answers 428 without If-Match and 412 with a stale one, sending the current credential', async () => {
    const { actor, key } = await withApiKey(await createTestActor(env.db));
    const { credential } = await saveTestCredential(actor, env.double);
    await expectProblem(await api.patch(credential.id, { key, body: { name: 'No version' } }), 428, 'version-required');
    await api.patch(credential.id, { key, ifMatch: '"1"', body: { name: 'First' } });

    const stale = await api.patch(credential.id, { key, ifMatch: '"1"', body: { name: 'Second' } });

    const body = await expectProblem(stale, 412, 'version-mismatch');
    expect(stale.headers.get('etag')).toBe('"2"');
    expect(body.current).toMatchObject({ name: 'First', version: 2 });
    expect((await api.patch(credential.id, { key, ifMatch: '*', body: { name: 'Whatever the version' } })).status).toBe(200);
  });

  it('answers 400 to an empty change or an invalid name, 409 to a taken name', async () => {
    const { actor, key } = await withApiKey(await createTestActor(env.db));
    const { credential: first } = await saveTestCredential(actor, env.double);
    const { credential: second } = await saveTestCredential(actor, env.double);
    await expectProblem(await api.patch(second.id, { key, ifMatch: '"1"', body: {} }), 400, 'invalid-request');
    await expectProblem(await api.patch(second.id, { key, ifMatch: '"1"', body: { name: 'x'.repeat(81) } }), 400, 'invalid-request');
    await expectProblem(await api.patch(second.id, { key, ifMatch: 'version one', body: { name: 'x' } }), 400, 'invalid-request');
    await expectProblem(await api.patch(second.id, { key, ifMatch: '"1"', body: { name: first.name.toLowerCase() } }), 409, 'duplicate-name');
  });

  it('answers 403 to a member editing someone else’s credential, and lets them edit their own', async () => {
    const owner = await createTestActor(env.db);
    const member = await createTestActor(env.db, { role: 'member', workspaceId: owner.workspaceId });
    const { credential: owners } = await saveTestCredential(owner, env.double);
    const { credential: own } = await saveTestCredential(member, env.double);
    // Keys are made by owners and admins; this one then acts as a member, as if its creator was demoted.
    const key = await keyActingAs(member);
    await expectProblem(await api.patch(owners.id, { key, ifMatch: '"1"', body: { name: 'Mine now' } }), 403, 'forbidden');
    await expectProblem(await api.delete(owners.id, { key }), 403, 'forbidden');
    await expectProblem(await api.putToken(owners.id, { key, ifMatch: '"1"', body: { apiAccessToken: plantToken(env.double) } }), 403, 'forbidden');
    expect((await api.check(owners.id, { key })).status).toBe(200);
    expect((await api.patch(own.id, { key, ifMatch: '"1"', body: { name: `Mine ${randomBytes(2).toString('hex')}` } })).status).toBe(200);
  });
});

async function keyActingAs(member: Actor): Promise<string> {
  const memberRow = { userId: member.userId, organizationId: member.workspaceId };
  await env.db.member.updateMany({ where: memberRow, data: { role: 'owner' } });
  const key = await apiKeyFor({ ...member, role: 'owner' });
  await env.db.member.updateMany({ where: memberRow, data: { role: member.role } });
  return key;
}

describe('DELETE /credentials/{id}', () => {
  it('answers 409 listing what uses the credential, then deletes it once nothing does', async () => {
    const { actor, key } = await withApiKey(await createTestActor(env.db));
    const { credential } = await saveTestCredential(actor, env.double);
    const source = await env.db.dataSource.create({ data: { workspaceId: actor.workspaceId, credentialId: credential.id, name: 'Companies feed', model: 'companies' } });

    const refused = await expectProblem(await api.delete(credential.id, { key }), 409, 'in-use');
    expect(refused.usage).toEqual({ sources: [{ id: source.id, name: 'Companies feed', model: 'companies' }], destinations: [] });

    await env.db.dataSource.delete({ where: { id: source.id } });
    await expectProblem(await api.delete(credential.id, { key, ifMatch: '"9"' }), 412, 'version-mismatch');
    const deleted = await api.delete(credential.id, { key, ifMatch: '"1"' });
    expect(deleted.status).toBe(204);
    await expectProblem(await api.get(credential.id, { key }), 404, 'not-found');
  });
});
