import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAuth } from '@/lib/auth/auth';
import { deliverEmail } from '@/lib/email/deliver-email';
import { stopBoss } from '@/lib/jobs/boss';
import { createAccount, signIn, uniqueAddress, uniqueEmail } from '@/lib/testing/auth-requests';
import { createTestWorkspace } from '@/lib/testing/seed-credentials';
import { startServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';
import { freePort, startSmtpInbox, type SmtpInbox } from '@/lib/testing/smtp-inbox';
import { listAccountSessions, revokeAccountSession, revokeOtherAccountSessions } from './account-sessions';
import { changeAccountPassword } from './change-password';
import { requestPasswordReset } from './request-password-reset';
import { resetPasswordWithToken, resetTokenOwner } from './reset-password';

const smtpPort = await freePort();
process.env.SMTP_URL = `smtp://mailer:letter-box@127.0.0.1:${smtpPort}`;
process.env.EMAIL_FROM = 'Credential Manager <hello@example.com>';
process.env.BETTER_AUTH_URL = 'https://credentials.example.com';
process.env.BETTER_AUTH_SECRET ??= randomBytes(32).toString('base64');

const PASSWORD = 'correct horse battery staple';
const CHROME = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';

let env: ServiceTestEnv;
let inbox: SmtpInbox;
beforeAll(async () => {
  env = await startServiceTestEnv({ planhatUrlTemplate: 'http://127.0.0.1:9/{cluster}' });
  inbox = await startSmtpInbox({ port: smtpPort, user: 'mailer', password: 'letter-box' });
});
afterAll(async () => {
  await stopBoss();
  await inbox?.close();
  await env?.close();
});

/** A signed-in browser of `email`: the headers its requests carry. */
async function browserOf(email: string, password = PASSWORD) {
  const response = await signIn(email, password, uniqueAddress());
  expect(response.status).toBe(200);
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  return new Headers({ cookie, host: 'credentials.example.com', 'user-agent': CHROME, 'x-forwarded-for': '203.0.113.7' });
}

async function personWithWorkspace() {
  const email = uniqueEmail('account');
  const user = await createAccount(email, PASSWORD, 'Avery Account');
  const workspaceId = await createTestWorkspace(env.db, 'Account tests');
  await env.db.member.create({ data: { id: `member_${randomBytes(6).toString('hex')}`, organizationId: workspaceId, userId: user.id, role: 'member', createdAt: new Date() } });
  return { email, user, workspaceId };
}

const signedIn = async (headers: Headers) => (await (await getAuth()).api.getSession({ headers })) !== null;
const auditActions = async (userId: string) => (await env.db.auditEvent.findMany({ where: { actorId: userId }, orderBy: { createdAt: 'asc' } })).map((e) => e.action);

describe('sessions', () => {
  it('lists the person’s sessions with this one first, and revokes another one so it is signed out', async () => {
    const { email, user } = await personWithWorkspace();
    const here = await browserOf(email);
    const there = await browserOf(email);
    const sessions = (await listAccountSessions(here))!;
    expect(sessions).toHaveLength(2);
    expect(sessions[0]).toMatchObject({ current: true });
    expect(sessions[1]).toMatchObject({ current: false });
    expect(JSON.stringify(sessions)).not.toMatch(/token/i);

    expect(await revokeAccountSession(here, sessions[1]!.id)).toBe('revoked');
    expect(await signedIn(there)).toBe(false);
    expect(await signedIn(here)).toBe(true);
    expect(await auditActions(user.id)).toContain('session.revoked');
  });

  it('answers not-found for a session of someone else, and leaves it alone', async () => {
    const mine = await personWithWorkspace();
    const theirs = await personWithWorkspace();
    const here = await browserOf(mine.email);
    const theirBrowser = await browserOf(theirs.email);
    const [theirSession] = (await listAccountSessions(theirBrowser))!;
    expect(await revokeAccountSession(here, theirSession!.id)).toBe('not-found');
    expect(await revokeAccountSession(here, 'no-such-session')).toBe('not-found');
    expect(await signedIn(theirBrowser)).toBe(true);
  });

  it('signs out every other session and keeps this one', async () => {
    const { email, user } = await personWithWorkspace();
    const here = await browserOf(email);
    const others = [await browserOf(email), await browserOf(email)];
    expect(await revokeOtherAccountSessions(here)).toBe(2);
    for (const other of others) expect(await signedIn(other)).toBe(false);
    expect(await signedIn(here)).toBe(true);
    const [entry] = await env.db.auditEvent.findMany({ where: { actorId: user.id, action: 'session.others-revoked' } });
    expect(entry?.detail).toEqual({ sessionsEnded: 2 });
  });
});

describe('changing the password', () => {
  it('refuses a wrong current password and changes nothing', async () => {
    const { email } = await personWithWorkspace();
    const here = await browserOf(email);
    const other = await browserOf(email);
    expect(await changeAccountPassword(here, { currentPassword: 'not the password', newPassword: 'a brand new passphrase' })).toBe('wrong-password');
    expect(await signedIn(other)).toBe(true);
    expect((await signIn(email, PASSWORD, uniqueAddress())).status).toBe(200);
  });

  it('signs out the other sessions, puts the active workspace back on the new session, and records it without the password', async () => {
    const { email, user, workspaceId } = await personWithWorkspace();
    const here = await browserOf(email);
    const other = await browserOf(email);
    await env.db.session.updateMany({ where: { userId: user.id }, data: { activeOrganizationId: workspaceId } });
    expect(await changeAccountPassword(here, { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' })).toBe('changed');
    expect(await signedIn(other)).toBe(false);
    const sessions = await env.db.session.findMany({ where: { userId: user.id } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ activeOrganizationId: workspaceId, userAgent: CHROME });
    expect((await signIn(email, 'a brand new passphrase', uniqueAddress())).status).toBe(200);
    const entries = await env.db.auditEvent.findMany({ where: { actorId: user.id, action: 'password.changed' } });
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toContain('passphrase');
  });
});

describe('password reset by email', () => {
  it('emails a link that the outbox never holds, which resets the password once and signs out every session', async () => {
    const { email, user } = await personWithWorkspace();
    const browser = await browserOf(email);
    const request = new Headers({ 'x-forwarded-for': uniqueAddress(), host: 'credentials.example.com' });
    expect(await requestPasswordReset(request, email)).toBe('sent-if-exists');

    const [row] = await env.db.emailMessage.findMany({ where: { purpose: 'password-reset', toAddress: email } });
    const [verification] = await env.db.verification.findMany({ where: { value: user.id, identifier: { startsWith: 'reset-password:' } } });
    const token = verification!.identifier.slice('reset-password:'.length);
    expect(row!.textBody + row!.htmlBody).not.toContain(token);
    expect(row!.textBody).toContain('https://credentials.example.com/reset-password?token=');

    expect(await deliverEmail(row!.id)).toBe('sent');
    const mail = await inbox.waitFor((message) => message.to.includes(email));
    expect(mail.subject).toBe('Reset your Credential Manager password');
    expect(mail.text).toContain(`https://credentials.example.com/reset-password?token=${token}`);
    expect((await env.db.verification.findUniqueOrThrow({ where: { id: verification!.id } })).expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(3600_000);

    expect(await resetTokenOwner(token)).toBe(user.id);
    expect(await resetPasswordWithToken(request, token, 'reset and renewed passphrase')).toBe('reset');
    expect(await signedIn(browser)).toBe(false);
    expect((await signIn(email, 'reset and renewed passphrase', uniqueAddress())).status).toBe(200);
    expect(await resetPasswordWithToken(request, token, 'another passphrase again')).toBe('invalid-link');
    expect(await resetTokenOwner(token)).toBeNull();
    expect(await auditActions(user.id)).toEqual(expect.arrayContaining(['password.reset']));
    const entries = await env.db.auditEvent.findMany({ where: { targetId: user.id, action: { in: ['password.reset-requested', 'password.reset'] } } });
    expect(entries.map((e) => e.action).sort()).toEqual(['password.reset', 'password.reset-requested']);
    expect(JSON.stringify(entries)).not.toContain(token);
  });

  it('does not send a link that was used before its email left', async () => {
    const { email, user } = await personWithWorkspace();
    await requestPasswordReset(new Headers({ 'x-forwarded-for': uniqueAddress() }), email);
    const [row] = await env.db.emailMessage.findMany({ where: { purpose: 'password-reset', toAddress: email } });
    await env.db.verification.deleteMany({ where: { value: user.id } });
    expect(await deliverEmail(row!.id)).toBe('withdrawn');
  });

  it('answers the same for an address with no account, queues nothing and records nothing', async () => {
    const email = uniqueEmail('nobody');
    expect(await requestPasswordReset(new Headers({ 'x-forwarded-for': uniqueAddress() }), email)).toBe('sent-if-exists');
    expect(await env.db.emailMessage.count({ where: { toAddress: email } })).toBe(0);
    expect(await env.db.auditEvent.count({ where: { actorEmail: email } })).toBe(0);
  });

  it('limits requests per email address, whoever asks', async () => {
    const { email } = await personWithWorkspace();
    const outcomes = [];
    for (let i = 0; i < 4; i++) outcomes.push(await requestPasswordReset(new Headers({ 'x-forwarded-for': uniqueAddress() }), email));
    expect(outcomes.slice(0, 3)).toEqual(['sent-if-exists', 'sent-if-exists', 'sent-if-exists']);
    expect(outcomes[3]).toEqual({ retryAfterSeconds: expect.any(Number) });
  });

  it('refuses garbled, unknown and expired tokens', async () => {
    for (const token of [undefined, '', 'short', 'has spaces in it and more', 'a'.repeat(24)]) expect(await resetTokenOwner(token)).toBeNull();
    const { user } = await personWithWorkspace();
    const token = randomBytes(12).toString('hex');
    await env.db.verification.create({ data: { id: randomBytes(8).toString('hex'), identifier: `reset-password:${token}`, value: user.id, expiresAt: new Date(Date.now() - 1000) } });
    expect(await resetTokenOwner(token)).toBeNull();
    expect(await resetPasswordWithToken(new Headers(), token, 'whatever passphrase')).toBe('invalid-link');
    const failures = await env.db.auditEvent.findMany({ where: { actorId: user.id, action: 'password.reset-failed' } });
    expect(failures.map((entry) => entry.detail)).toEqual([{ reason: 'expired-link' }]);
    expect(JSON.stringify(failures)).not.toContain(token);
  });
});
