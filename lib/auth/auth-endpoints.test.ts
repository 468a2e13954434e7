import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authRequest, signedInAccount, uniqueAddress, uniqueEmail } from '@/lib/testing/auth-requests';
import { createTestActor, startServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';
import { getAuth } from './auth';
import { signUpWithInvitation } from './invitation-sign-up';

let env: ServiceTestEnv;
beforeAll(async () => {
  process.env.BETTER_AUTH_SECRET ??= randomBytes(32).toString('base64');
  env = await startServiceTestEnv({ planhatUrlTemplate: 'http://127.0.0.1:9/{cluster}' });
  // An install that is set up: someone owns a workspace.
  await createTestActor(env.db);
});
afterAll(async () => {
  await env?.close();
});

const password = 'correct horse battery staple';

async function pendingInvitation(email: string) {
  const owner = await createTestActor(env.db);
  const id = randomBytes(16).toString('hex');
  await env.db.invitation.create({ data: { id, email, organizationId: owner.workspaceId, inviterId: owner.userId, role: 'member', status: 'pending', expiresAt: new Date(Date.now() + 86_400_000) } });
  return id;
}

describe('invited email addresses', () => {
  it('cannot be claimed through Better Auth’s sign-up endpoint, and the invitee still signs up through the invitation', async () => {
    const email = uniqueEmail('invitee');
    const invitationId = await pendingInvitation(email);

    const squat = await authRequest('/sign-up/email', { body: { name: 'Mallory', email, password: 'mallory-chose-this' }, address: uniqueAddress() });

    expect(squat.status).toBe(403);
    expect((await squat.json()).message).toContain('Accounts are created by invitation');
    expect(await env.db.user.count({ where: { email } })).toBe(0);

    expect(await signUpWithInvitation({ invitationId, name: 'Ivy Invitee', password }, new Headers({ host: 'localhost:3000' }))).toEqual({ ok: true, invitationId });
    expect(await env.db.user.findUnique({ where: { email }, select: { name: true } })).toEqual({ name: 'Ivy Invitee' });
  });

  it('need the invitation’s own id', async () => {
    const email = uniqueEmail('guessed');
    await pendingInvitation(email);
    expect(await signUpWithInvitation({ invitationId: randomBytes(16).toString('hex'), name: 'Guesser', password }, new Headers())).toEqual({ ok: false, message: expect.stringContaining('no longer valid') });
    expect(await env.db.user.count({ where: { email } })).toBe(0);
  });
});

describe('Better Auth endpoints the app does not use', () => {
  it('answer 404 over HTTP, even with a valid session', async () => {
    const { user, cookie } = await signedInAccount();
    for (const [path, body] of [
      ['/update-user', { image: 'javascript:alert(document.cookie)', name: 'x'.repeat(100_000) }],
      ['/change-email', { newEmail: uniqueEmail('taken-over') }],
      ['/change-password', { currentPassword: password, newPassword: 'another long password' }],
      ['/organization/create', { name: 'Side door', slug: `side-${randomBytes(3).toString('hex')}` }],
      ['/list-sessions', undefined],
      ['/get-session', undefined],
      ['/sign-in/email/', { email: user.email, password }],
      ['/SIGN-IN/email', { email: user.email, password }],
    ] as const) {
      const response = await authRequest(path, { body, cookie, method: body === undefined ? 'GET' : 'POST', address: uniqueAddress() });
      expect(response.status, path).toBe(404);
    }
    expect(await env.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, image: true, email: true } })).toEqual({ name: 'Sam Signin', image: null, email: user.email });
  });
});

describe('user fields written by Better Auth', () => {
  it('meet the app’s own limits however they arrive: names of at most 100 visible characters, no profile image', async () => {
    const { user, cookie } = await signedInAccount();
    const auth = await getAuth();
    const headers = new Headers({ cookie, host: 'localhost:3000' });

    for (const body of [{ name: 'x'.repeat(100_000) }, { name: 'Null\u0000byte' }, { name: '\u200b' }, { image: 'javascript:alert(1)' }]) {
      await expect(auth.api.updateUser({ body, headers }), JSON.stringify(body).slice(0, 30)).rejects.toMatchObject({ statusCode: 400 });
    }
    await auth.api.updateUser({ body: { name: '  Sam  Renamed ' }, headers });
    expect(await env.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, image: true } })).toEqual({ name: 'Sam  Renamed', image: null });

    const email = uniqueEmail('long-name');
    const invitationId = await pendingInvitation(email);
    const outcome = await signUpWithInvitation({ invitationId, name: 'y'.repeat(101), password }, new Headers({ host: 'localhost:3000' }));
    expect(outcome).toEqual({ ok: false, message: 'Name: Use at most 100 characters.' });
    expect(await env.db.user.count({ where: { email } })).toBe(0);
  });
});
