import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getCredentialRoute, PATCH } from '@/app/api/v1/credentials/[id]/route';
import { GET as listRoute } from '@/app/api/v1/credentials/route';
import type { Actor } from '@/lib/auth/actor';
import { getAuth } from '@/lib/auth/auth';
import { createTestActor, saveTestCredential } from '@/lib/testing/service-test-env';
import { revokeApiKey } from './api-keys/manage-api-keys';
import { problemSchema } from './openapi/components';
import { apiKeyFor, apiRequest, noParams, routeParams, startApiTestEnv, type ApiTestEnv } from './testing';

let env: ApiTestEnv;
let sessionCookie: string;
let sessionUser: Actor;

beforeAll(async () => {
  env = await startApiTestEnv();
  // A real signed-in session: the first account of a fresh install may sign up.
  const auth = await getAuth();
  const email = `first-${randomBytes(4).toString('hex')}@example.com`;
  const { headers, response } = await auth.api.signUpEmail({ body: { name: 'First Person', email, password: 'correct horse battery' }, returnHeaders: true });
  sessionCookie = (headers.get('set-cookie') ?? '').split(';')[0]!;
  const workspace = await auth.api.createOrganization({ body: { name: 'First workspace', slug: `first-${randomBytes(3).toString('hex')}`, userId: response.user.id } });
  sessionUser = {
    userId: response.user.id, name: 'First Person', email, workspaceId: workspace!.id, workspaceName: 'First workspace', role: 'owner',
    workspaces: [{ id: workspace!.id, name: 'First workspace', role: 'owner' }],
  };
});
afterAll(async () => {
  await env?.close();
});

const list = (headers: Record<string, string>) => listRoute(apiRequest('/credentials', { headers }), noParams);

async function expectUnauthenticated(response: Response) {
  expect(response.status).toBe(401);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
  return problemSchema.parse(await response.json());
}

describe('who the API lets in', () => {
  it('refuses a request with a valid session cookie but no API key', async () => {
    expect(await (await getAuth()).api.getSession({ headers: new Headers({ cookie: sessionCookie }) })).not.toBeNull();
    const problem = await expectUnauthenticated(await list({ cookie: sessionCookie }));
    expect(problem.detail).toContain('Authorization: Bearer');
  });

  it('lets the same person in with their API key, whatever cookie comes along', async () => {
    const key = await apiKeyFor(sessionUser);
    expect((await list({ cookie: sessionCookie, authorization: `Bearer ${key}` })).status).toBe(200);
    expect((await list({ authorization: `bearer ${key}` })).status).toBe(200);
  });

  it('refuses malformed, unknown and misplaced keys', async () => {
    const key = await apiKeyFor(sessionUser);
    await expectUnauthenticated(await list({ authorization: 'Bearer not-a-key' }));
    await expectUnauthenticated(await list({ authorization: `Bearer phcm_${'A'.repeat(64)}` }));
    await expectUnauthenticated(await list({ authorization: `Basic ${key}` }));
    await expectUnauthenticated(await list({ 'x-api-key': key }));
  });

  it('refuses a key once it is revoked', async () => {
    const key = await apiKeyFor(sessionUser);
    expect((await list({ authorization: `Bearer ${key}` })).status).toBe(200);
    const [row] = await env.db.apikey.findMany({ where: { referenceId: sessionUser.workspaceId }, orderBy: { createdAt: 'desc' }, take: 1 });
    await revokeApiKey(sessionUser, row!.id);
    const problem = await expectUnauthenticated(await list({ authorization: `Bearer ${key}` }));
    expect(problem.detail).toContain('revoked');
  });
});

describe('who a key acts as', () => {
  it('acts with its creator’s current role, and stops working when they leave the workspace', async () => {
    const owner = await createTestActor(env.db);
    const colleague = await createTestActor(env.db, { workspaceId: owner.workspaceId });
    const { credential } = await saveTestCredential(colleague, env.double);
    const key = await apiKeyFor(owner);
    const rename = (name: string, version: number) =>
      PATCH(apiRequest(`/credentials/${credential.id}`, { method: 'PATCH', key, body: { name }, headers: { 'if-match': `"${version}"` } }), routeParams({ id: credential.id }));
    const membership = { userId: owner.userId, organizationId: owner.workspaceId };

    expect((await rename('Renamed by the owner', 1)).status).toBe(200);
    await env.db.member.updateMany({ where: membership, data: { role: 'member' } });
    expect((await rename('Renamed by a member', 2)).status).toBe(403);
    await env.db.member.updateMany({ where: membership, data: { role: 'admin' } });
    expect((await rename('Renamed by an admin', 2)).status).toBe(200);

    await env.db.member.deleteMany({ where: membership });
    const problem = await expectUnauthenticated(await rename('Renamed by a leaver', 3));
    expect(problem.detail).toContain('no longer a member');
  });

  it('sees only its own workspace', async () => {
    const owner = await createTestActor(env.db);
    const { credential } = await saveTestCredential(owner, env.double);
    const outsiderKey = await apiKeyFor(await createTestActor(env.db));
    const response = await getCredentialRoute(apiRequest(`/credentials/${credential.id}`, { key: outsiderKey }), routeParams({ id: credential.id }));
    expect(response.status).toBe(404);
  });
});
