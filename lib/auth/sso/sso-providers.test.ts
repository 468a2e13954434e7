import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestIdp, type TestIdp } from '@/lib/testing/oidc-provider';
import type { Actor } from '@/lib/auth/actor';
import { createTestActor, startServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';
import { SsoAccessError } from './sso-access';
import { removeSsoProvider, saveSsoProvider } from './sso-providers';
import { SsoSetupProblem } from './sso-problem';
import { withSsoSecrets } from './sso-secret-extension';

let env: ServiceTestEnv;
let idp: TestIdp;
const headers = new Headers({ 'user-agent': 'vitest' });

beforeAll(async () => {
  const port = 4700 + Math.floor(Math.random() * 200);
  // Read once by getEnv: the test provider on loopback is this install's internal issuer.
  process.env.SSO_INTERNAL_ISSUERS = `http://127.0.0.1:${port}`;
  delete process.env.BETTER_AUTH_URL;
  env = await startServiceTestEnv({ planhatUrlTemplate: 'http://127.0.0.1:9/{cluster}' });
  idp = await startTestIdp({ port, redirectUri: 'http://localhost:3000/api/auth/sso/callback/unused' });
});
afterAll(async () => {
  await idp?.close();
  await env?.close();
});

const domain = () => `sso-${randomBytes(4).toString('hex')}.example.test`;
const input = (overrides: Partial<{ clientSecret: string; domain: string; issuer: string }> = {}) => ({ issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, domain: domain(), ...overrides });
const rowOf = (actor: Actor) => env.db.ssoProvider.findUniqueOrThrow({ where: { organizationId: actor.workspaceId } });

describe('registering a workspace identity provider', () => {
  it('stores the discovered endpoints with the client secret sealed: the plaintext is nowhere in the row', async () => {
    const owner = await createTestActor(env.db);
    const saved = await saveSsoProvider(owner, input(), headers);

    const row = await rowOf(owner);
    expect(JSON.stringify(row)).not.toContain(idp.clientSecret);
    const config = JSON.parse(row.oidcConfig!);
    expect(config).not.toHaveProperty('clientSecret');
    expect(config).toMatchObject({ issuer: idp.issuer, clientId: idp.clientId, tokenEndpoint: `${idp.issuer}/token`, jwksEndpoint: `${idp.issuer}/jwks`, pkce: true });
    expect(config).not.toHaveProperty('userInfoEndpoint');
    expect(saved).toEqual(expect.objectContaining({ clientSecretSet: true, providerId: row.providerId }));
    expect(JSON.stringify(saved)).not.toContain(idp.clientSecret);
  });

  it('opens the secret only for the auth’s client, and only in the row it was sealed for', async () => {
    const owner = await createTestActor(env.db);
    await saveSsoProvider(owner, input(), headers);
    const row = await rowOf(owner);
    const forAuth = withSsoSecrets(env.db);
    const opened = await forAuth.ssoProvider.findFirst({ where: { providerId: row.providerId } });
    expect(JSON.parse(opened!.oidcConfig!).clientSecret).toBe(idp.clientSecret);
    expect(JSON.parse(opened!.oidcConfig!)).not.toHaveProperty('sealedClientSecret');
    // A select that names oidcConfig alone still gets it opened, without the fields it added.
    const selected = await forAuth.ssoProvider.findFirst({ where: { providerId: row.providerId }, select: { oidcConfig: true } });
    expect(selected).toEqual({ oidcConfig: expect.stringContaining(idp.clientSecret) });

    // The sealed secret copied into another workspace's provider does not open there.
    const other = await createTestActor(env.db);
    await saveSsoProvider(other, input({ clientSecret: 'another-secret' }), headers);
    const otherRow = await rowOf(other);
    await env.db.ssoProvider.update({ where: { id: otherRow.id }, data: { oidcConfig: row.oidcConfig } });
    const copied = await forAuth.ssoProvider.findFirst({ where: { providerId: otherRow.providerId } });
    expect(JSON.parse(copied!.oidcConfig!).clientSecret).toBeUndefined();
  });

  it('refuses to write a plaintext client secret through the auth’s client', async () => {
    const owner = await createTestActor(env.db);
    await saveSsoProvider(owner, input(), headers);
    const row = await rowOf(owner);
    const plaintext = JSON.stringify({ ...JSON.parse(row.oidcConfig!), clientSecret: 'plain' });
    await expect(withSsoSecrets(env.db).ssoProvider.update({ where: { id: row.id }, data: { oidcConfig: plaintext } })).rejects.toThrow(/must not hold a plaintext clientSecret/);
    expect((await rowOf(owner)).oidcConfig).toBe(row.oidcConfig);
  });

  it('keeps the stored secret when it is left blank on an edit, and needs one on the first save', async () => {
    const owner = await createTestActor(env.db);
    await expect(saveSsoProvider(owner, input({ clientSecret: undefined }), headers)).rejects.toThrow(SsoSetupProblem);
    const first = input();
    await saveSsoProvider(owner, first, headers);
    const sealed = JSON.parse((await rowOf(owner)).oidcConfig!).sealedClientSecret;
    await saveSsoProvider(owner, { ...first, clientSecret: undefined, clientId: 'renamed-client' }, headers);
    const after = JSON.parse((await rowOf(owner)).oidcConfig!);
    expect(after).toMatchObject({ sealedClientSecret: sealed, clientId: 'renamed-client' });
  });

  it('gives one email domain to one workspace only', async () => {
    const first = await createTestActor(env.db);
    const shared = domain();
    await saveSsoProvider(first, input({ domain: shared }), headers);
    const second = await createTestActor(env.db);
    const refusal = await saveSsoProvider(second, input({ domain: shared }), headers).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SsoSetupProblem);
    expect(refusal).toMatchObject({ field: 'domain', message: expect.stringContaining('already signs in to another workspace') });
  });

  it('never hands a removed provider’s id, and so its people’s accounts, to the next provider of that domain', async () => {
    const first = await createTestActor(env.db);
    const shared = domain();
    const { providerId } = await saveSsoProvider(first, input({ domain: shared }), headers);
    await env.db.account.create({ data: { id: randomBytes(8).toString('hex'), accountId: 'sub-of-someone', providerId, userId: first.userId, createdAt: new Date(), updatedAt: new Date() } });
    await removeSsoProvider(first, headers);

    const next = await createTestActor(env.db);
    const again = await saveSsoProvider(next, input({ domain: shared }), headers);
    expect(again.providerId).not.toBe(providerId);
    expect(again.providerId.startsWith(`${providerId}-`)).toBe(true);
  });

  it('lets only owners change it, and audits each change without the secret', async () => {
    const owner = await createTestActor(env.db);
    for (const role of ['admin', 'member'] as const) {
      const colleague = await createTestActor(env.db, { role, workspaceId: owner.workspaceId });
      await expect(saveSsoProvider(colleague, input(), headers)).rejects.toThrow(SsoAccessError);
      await expect(removeSsoProvider(colleague, headers)).rejects.toThrow(SsoAccessError);
    }
    const values = input();
    await saveSsoProvider(owner, values, headers);
    await saveSsoProvider(owner, { ...values, clientSecret: 'a-new-secret-value' }, headers);
    expect(await removeSsoProvider(owner, headers)).toBe(true);
    expect(await env.db.ssoProvider.count({ where: { organizationId: owner.workspaceId } })).toBe(0);

    const entries = await env.db.auditEvent.findMany({ where: { workspaceId: owner.workspaceId, action: { startsWith: 'sso.' } }, orderBy: { createdAt: 'asc' } });
    expect(entries.map((entry) => entry.action)).toEqual(['sso.configured', 'sso.updated', 'sso.removed']);
    expect(entries.every((entry) => entry.actorId === owner.userId && entry.targetLabel === values.domain)).toBe(true);
    expect(entries[1]!.detail).toMatchObject({ clientSecretChanged: true });
    const text = JSON.stringify(entries);
    expect(text).not.toContain(idp.clientSecret);
    expect(text).not.toContain('a-new-secret-value');
  });
});
