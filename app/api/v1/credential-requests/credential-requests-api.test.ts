import { describe, expect, it } from 'vitest';
import { apiRequest, expectProblem, noParams, routeParams, withApiKey, withApiTestEnv, type ApiTestEnv } from '@/lib/api/testing';
import { createdCredentialRequestSchema, credentialRequestPageSchema, credentialRequestSchemaOut } from '@/lib/api/schemas/credential-request-api';
import { createTestActor } from '@/lib/testing/service-test-env';
import { DELETE as revokeRoute, GET as getRoute } from './[id]/route';
import { GET as listRoute, POST as createRoute } from './route';

let env: ApiTestEnv;
withApiTestEnv((started) => (env = started));

const create = (key: string, body: unknown) => createRoute(apiRequest('/credential-requests', { method: 'POST', key, body }), noParams);
const read = (key: string, id: string) => getRoute(apiRequest(`/credential-requests/${id}`, { key }), routeParams({ id }));
const revoke = (key: string, id: string) => revokeRoute(apiRequest(`/credential-requests/${id}`, { method: 'DELETE', key }), routeParams({ id }));

/** A member's key: made while they were an owner (only owners and admins make keys), then they became a member. */
async function memberWithKey(workspaceId?: string) {
  const member = await withApiKey(await createTestActor(env.db, { role: 'owner', workspaceId }));
  await env.db.member.updateMany({ where: { userId: member.actor.userId }, data: { role: 'member' } });
  return member;
}

describe('/api/v1/credential-requests', () => {
  it('gives the link once, on creation; reads and lists never carry it', async () => {
    const { key } = await memberWithKey();
    const response = await create(key, { name: 'Prod Planhat', note: 'Nightly companies sync', recipientEmail: 'Admin@Acme.example', expiresIn: '1h' });
    expect(response.status).toBe(201);
    const created = createdCredentialRequestSchema.strict().parse(await response.json());
    expect(created).toMatchObject({ status: 'pending', name: 'Prod Planhat', recipientEmail: 'admin@acme.example', expiresIn: '1h', purpose: 'new', emailOutcome: 'off' });
    expect(response.headers.get('location')).toBe(`/api/v1/credential-requests/${created.id}`);
    const secret = new URL(created.url).hash.slice(1);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(created.expiresAt) - Date.parse(created.createdAt)).toBe(3_600_000);

    const texts = [await (await read(key, created.id)).text(), await (await listRoute(apiRequest('/credential-requests', { key }), noParams)).text()];
    for (const text of texts) expect(text).not.toContain(secret);
    expect(credentialRequestSchemaOut.strict().parse(JSON.parse(texts[0]!))).toMatchObject({ id: created.id, status: 'pending' });
    expect(credentialRequestPageSchema.parse(JSON.parse(texts[1]!)).items.map((item) => item.id)).toEqual([created.id]);
  });

  it('revokes with DELETE, and says so when there is nothing left to revoke', async () => {
    const { key } = await withApiKey(await createTestActor(env.db));
    const created = createdCredentialRequestSchema.parse(await (await create(key, {})).json());
    expect(created).toMatchObject({ expiresIn: '24h', note: '', name: '', emailOutcome: 'none' });
    const revoked = await revoke(key, created.id);
    expect(revoked.status).toBe(200);
    expect(credentialRequestSchemaOut.parse(await revoked.json())).toMatchObject({ status: 'revoked' });
    await expectProblem(await revoke(key, created.id), 409, 'request-closed');
  });

  it('keeps requests to their workspace and revocation to the requester, owners and admins', async () => {
    const owner = await withApiKey(await createTestActor(env.db));
    const member = await memberWithKey(owner.actor.workspaceId);
    const outsider = await withApiKey(await createTestActor(env.db));
    const created = createdCredentialRequestSchema.parse(await (await create(owner.key, {})).json());
    await expectProblem(await read(outsider.key, created.id), 404, 'not-found');
    await expectProblem(await revoke(outsider.key, created.id), 404, 'not-found');
    await expectProblem(await revoke(member.key, created.id), 403, 'forbidden');
    await expectProblem(await read(owner.key, 'not-a-uuid'), 404, 'not-found');
  });

  it.each([
    [{ recipientEmail: 'not an email' }, '/recipientEmail', /valid email address/],
    [{ expiresIn: '2d' }, '/expiresIn', /1h, 24h or 7d/],
    [{ name: 'Prod\u0000' }, '/name', /NUL/],
    [{ note: 'x'.repeat(1001) }, '/note', /1,000 characters/],
    [{ url: 'https://evil.example' }, '/url', /not part of the request/],
  ])('refuses %j with a problem naming %s, and makes nothing', async (body, pointer, detail) => {
    const { key, actor } = await withApiKey(await createTestActor(env.db));
    const response = await create(key, body);
    const problem = await expectProblem(response, 400, 'invalid-request');
    expect(problem.errors).toEqual(expect.arrayContaining([expect.objectContaining({ pointer, detail: expect.stringMatching(detail) })]));
    expect(await env.db.credentialRequest.count({ where: { workspaceId: actor.workspaceId } })).toBe(0);
  });

  it('refuses an oversized body and a bad cursor', async () => {
    const { key } = await withApiKey(await createTestActor(env.db));
    await expectProblem(await create(key, { note: 'x'.repeat(2_000_000) }), 413, 'payload-too-large');
    await expectProblem(await listRoute(apiRequest('/credential-requests?cursor=bogus', { key }), noParams), 400, 'invalid-request');
  });
});
