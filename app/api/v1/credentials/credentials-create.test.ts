import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialSchema } from '@/lib/api/schemas/credential-resources';
import { apiKeyFor, apiRequest, expectProblem, noParams, plantToken, startApiTestEnv, type ApiTestEnv } from '@/lib/api/testing';
import { createTestActor, saveTestCredential } from '@/lib/testing/service-test-env';
import { POST } from './route';

let env: ApiTestEnv;
beforeAll(async () => {
  env = await startApiTestEnv();
});
afterAll(async () => {
  await env?.close();
});

const uniqueName = (label = 'API') => `${label} ${randomBytes(3).toString('hex')}`;

async function ownerWithKey() {
  const owner = await createTestActor(env.db);
  return { owner, key: await apiKeyFor(owner) };
}

const create = (key: string, body: unknown, headers?: Record<string, string>) => POST(apiRequest('/credentials', { method: 'POST', key, body, headers }), noParams);

describe('POST /credentials', () => {
  it('checks the token with Planhat, saves it and answers 201 with its location and version, never the token', async () => {
    const { key } = await ownerWithKey();
    const token = plantToken(env.double);
    const name = uniqueName();

    const response = await create(key, { name, description: 'Nightly sync', apiAccessToken: token });

    expect(response.status).toBe(201);
    const text = await response.text();
    expect(text).not.toContain(token);
    const credential = credentialSchema.parse(JSON.parse(text));
    expect(credential).toMatchObject({ name, description: 'Nightly sync', status: 'verified', tokenHint: token.slice(-4), version: 1, region: 'api' });
    expect(response.headers.get('location')).toBe(`/api/v1/credentials/${credential.id}`);
    expect(response.headers.get('etag')).toBe('"1"');
    const row = await env.db.credential.findUniqueOrThrow({ where: { id: credential.id }, omit: { sealedToken: false } });
    expect(Buffer.from(row.sealedToken).toString('latin1')).not.toContain(token);
  });

  it('saves without asking Planhat when verify is false', async () => {
    const { key } = await ownerWithKey();
    env.double.clearRequests();
    const response = await create(key, { name: uniqueName(), apiAccessToken: `phtest_${randomBytes(16).toString('hex')}`, verify: false });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ status: 'not_verified' });
    expect(env.double.requests()).toEqual([]);
  });

  it('answers 400 naming each invalid or unknown field, without echoing the token', async () => {
    const { key } = await ownerWithKey();
    const response = await create(key, { name: '', apiAccessToken: 'short-secret', region: 'mars', descripton: 'typo' });
    const body = await expectProblem(response, 400, 'invalid-request');
    expect(body.errors?.map((error) => ('pointer' in error ? error.pointer : error.parameter)).sort()).toEqual(['/apiAccessToken', '/descripton', '/name', '/region']);
    expect(JSON.stringify(body)).not.toContain('short-secret');
  });

  it('answers 415 to a body that is not JSON, and 400 to JSON that does not parse', async () => {
    const { key } = await ownerWithKey();
    await expectProblem(await create(key, 'name=x', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported-media-type');
    await expectProblem(await create(key, '{"name": '), 400, 'invalid-request');
  });

  it('answers 409 when the name is taken in the workspace, whatever its case', async () => {
    const { owner, key } = await ownerWithKey();
    const { credential } = await saveTestCredential(owner, env.double);
    const response = await create(key, { name: credential.name.toUpperCase(), apiAccessToken: plantToken(env.double) });
    const body = await expectProblem(response, 409, 'duplicate-name');
    expect(body.errors).toEqual([{ pointer: '/name', detail: expect.any(String) }]);
  });

  it('answers 409 to a token saved already, and saves it when acceptDuplicateToken is sent', async () => {
    const { owner, key } = await ownerWithKey();
    const { credential, token } = await saveTestCredential(owner, env.double);
    const body = await expectProblem(await create(key, { name: uniqueName(), apiAccessToken: token }), 409, 'duplicate-token');
    expect(body.existingName).toBe(credential.name);
    expect((await create(key, { name: uniqueName(), apiAccessToken: token, acceptDuplicateToken: true })).status).toBe(201);
  });

  it('answers 422 with the check when Planhat rejects the token', async () => {
    const { key } = await ownerWithKey();
    const body = await expectProblem(await create(key, { name: uniqueName(), apiAccessToken: `phtest_${randomBytes(16).toString('hex')}` }), 422, 'token-rejected');
    expect(body.check?.status).toBe('invalid');
    expect(body.errors?.[0]).toMatchObject({ pointer: '/apiAccessToken' });
  });

  it('answers 422 to a token that can read nothing, and saves it when acceptNoReadAccess is sent', async () => {
    const { key } = await ownerWithKey();
    const token = plantToken(env.double, { readable: [] });
    const body = await expectProblem(await create(key, { name: uniqueName(), apiAccessToken: token }), 422, 'no-read-access');
    expect(body.check).toMatchObject({ status: 'verified', readableCount: 0 });
    expect((await create(key, { name: uniqueName(), apiAccessToken: token, acceptNoReadAccess: true })).status).toBe(201);
  });

  it('answers 502 when Planhat cannot be reached, saving nothing', async () => {
    const { owner, key } = await ownerWithKey();
    const token = plantToken(env.double, { behaviour: 'server-error' });
    const body = await expectProblem(await create(key, { name: uniqueName(), apiAccessToken: token }), 502, 'planhat-unreachable');
    expect(body.detail).toContain('verify: false');
    expect(await env.db.credential.count({ where: { workspaceId: owner.workspaceId } })).toBe(0);
  });
});
