import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authRequest } from '@/lib/testing/auth-requests';
import { createTestActor, startServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';

let env: ServiceTestEnv;
beforeAll(async () => {
  process.env.BETTER_AUTH_SECRET ??= randomBytes(32).toString('base64');
  env = await startServiceTestEnv({ planhatUrlTemplate: 'http://127.0.0.1:9/{cluster}' });
});
afterAll(async () => {
  await env?.close();
});

describe('the SSO plugin over HTTP', () => {
  it.each([
    ['POST', '/sso/callback/oidc-example-com'],
    ['GET', '/sso/callback/oidc-example-com/extra'],
    ['GET', '/sso/callback/'],
    ['GET', '/sso/callback'],
    ['POST', '/sso/register'],
    ['POST', '/sign-in/sso'],
    ['GET', '/sso/providers'],
    ['POST', '/sso/update-provider'],
    ['POST', '/sso/delete-provider'],
  ])('serves nothing but the callback: %s %s is not found', async (method, path) => {
    const response = await authRequest(path, { method, body: method === 'POST' ? {} : undefined });
    expect(response.status).toBe(404);
  });

  it('sends a callback with a made-up state back to the sign-in page, and audits it in the provider’s workspace', async () => {
    const owner = await createTestActor(env.db);
    const providerId = `oidc-${randomBytes(4).toString('hex')}`;
    await env.db.ssoProvider.create({
      data: { id: randomBytes(8).toString('hex'), providerId, issuer: 'https://idp.example.test', domain: `${providerId}.example.test`, organizationId: owner.workspaceId, oidcConfig: null },
    });

    const response = await authRequest(`/sso/callback/${providerId}?code=stolen-code&state=made-up-state`, { method: 'GET' });

    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!, 'http://localhost:3000');
    expect(location.pathname).toBe('/sign-in');
    expect(location.searchParams.get('error')).toBe('state_mismatch');
    expect(response.headers.get('set-cookie') ?? '').not.toContain('session_token');
    const entries = await env.db.auditEvent.findMany({ where: { workspaceId: owner.workspaceId, action: 'sso.sign-in-failed' } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ targetId: providerId, detail: { stage: 'callback', error: 'state_mismatch' } });
  });
});
