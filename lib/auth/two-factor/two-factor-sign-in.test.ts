import { randomBytes } from 'node:crypto';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authRequest, createAccount, signIn, uniqueAddress, uniqueEmail } from '@/lib/testing/auth-requests';
import { createTestWorkspace } from '@/lib/testing/seed-credentials';
import { startServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';
import { getAuth } from '../auth';

let env: ServiceTestEnv;
beforeAll(async () => {
  process.env.BETTER_AUTH_SECRET ??= randomBytes(32).toString('base64');
  env = await startServiceTestEnv({ planhatUrlTemplate: 'http://127.0.0.1:9/{cluster}' });
});
afterAll(async () => {
  await env?.close();
});

const password = 'correct horse battery staple';
const cookieOf = (response: Response, name: string) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .find((pair) => pair.startsWith(`${name}=`) && pair.length > name.length + 1);

/** A workspace member with two-factor on (enabled and confirmed the way the Account page does it). */
async function memberWithTwoFactor() {
  const email = uniqueEmail('second-factor');
  const user = await createAccount(email, password);
  const workspaceId = await createTestWorkspace(env.db);
  await env.db.member.create({ data: { id: `member_${randomBytes(6).toString('hex')}`, organizationId: workspaceId, userId: user.id, role: 'member', createdAt: new Date() } });
  const session = cookieOf(await signIn(email, password, uniqueAddress()), 'better-auth.session_token')!;
  const auth = await getAuth();
  const headers = new Headers({ cookie: session });
  const enabled = await auth.api.enableTwoFactor({ body: { password, method: 'totp' }, headers });
  if (enabled.method !== 'totp') throw new Error('expected an authenticator-app setup');
  const { totpURI, backupCodes } = enabled;
  const secret = new URL(totpURI).searchParams.get('secret')!;
  // Confirming with a code from the period before leaves the current code unused.
  await auth.api.verifyTOTP({ body: { code: await generate({ secret, epoch: Date.now() / 1000 - 30 }) }, headers });
  return { email, user, workspaceId, secret, backupCodes };
}

async function passwordStep(email: string) {
  const response = await signIn(email, password, uniqueAddress());
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual(expect.objectContaining({ twoFactorRedirect: true }));
  expect(cookieOf(response, 'better-auth.session_token')).toBeUndefined();
  return cookieOf(response, 'better-auth.two_factor')!;
}

const entries = (workspaceId: string, action: string) => env.db.auditEvent.findMany({ where: { workspaceId, action } });

describe('signing in with two-factor on', () => {
  it('needs the code after the password; a right code signs in once, the same code again is refused', async () => {
    const { email, workspaceId, secret } = await memberWithTwoFactor();
    const code = await generate({ secret });

    const challenge = await passwordStep(email);
    const wrong = await authRequest('/two-factor/verify-totp', { body: { code: code === '000000' ? '111111' : '000000' }, cookie: challenge });
    expect(wrong.status).toBe(401);
    const right = await authRequest('/two-factor/verify-totp', { body: { code }, cookie: challenge });
    expect(right.status).toBe(200);
    expect(cookieOf(right, 'better-auth.session_token')).toBeDefined();

    const replay = await authRequest('/two-factor/verify-totp', { body: { code }, cookie: await passwordStep(email) });
    expect(replay.status).toBe(401);
    expect((await replay.json()).message).toBe('That code was used already. Wait for the next code from your authenticator app.');
    expect(cookieOf(replay, 'better-auth.session_token')).toBeUndefined();

    expect(await entries(workspaceId, 'two-factor.enabled')).toHaveLength(1);
    expect((await entries(workspaceId, 'sign-in.succeeded')).map((e) => e.detail)).toContainEqual({ method: 'password', secondFactor: 'authenticator-app' });
    expect((await entries(workspaceId, 'two-factor.failed')).map((e) => (e.detail as { reason: string }).reason).sort()).toEqual(['INVALID_CODE', 'TOTP_CODE_REUSED']);
  });

  it('takes each recovery code once', async () => {
    const { email, workspaceId, backupCodes } = await memberWithTwoFactor();
    expect(backupCodes).toHaveLength(10);
    expect(new Set(backupCodes).size).toBe(10);

    const first = await authRequest('/two-factor/verify-backup-code', { body: { code: backupCodes[0] }, cookie: await passwordStep(email) });
    expect(first.status).toBe(200);
    expect(cookieOf(first, 'better-auth.session_token')).toBeDefined();
    const again = await authRequest('/two-factor/verify-backup-code', { body: { code: backupCodes[0] }, cookie: await passwordStep(email) });
    expect(again.status).toBe(401);
    expect(cookieOf(again, 'better-auth.session_token')).toBeUndefined();

    expect(await entries(workspaceId, 'two-factor.recovery-code-used')).toHaveLength(1);
    expect(await entries(workspaceId, 'two-factor.failed')).toHaveLength(1);
  });

  it('keeps the secret and recovery codes out of the database in clear', async () => {
    const { user, secret, backupCodes } = await memberWithTwoFactor();
    const row = await env.db.twoFactor.findFirstOrThrow({ where: { userId: user.id } });
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(secret);
    for (const code of backupCodes) expect(stored).not.toContain(code);
  });
});
