import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlanhatDouble } from '@/lib/testing/planhat-double/server';
import { deliverEmail } from '@/lib/email/deliver-email';
import { stopBoss } from '@/lib/jobs/boss';
import { createTestActor, withServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';
import { freePort, startSmtpInbox, type SmtpInbox } from '@/lib/testing/smtp-inbox';
import { createCredentialRequest, revokeCredentialRequest } from './manage-requests';
import { submitRequestLink } from './submit-link';

// Configuration is read once per process: this file's server sends email through a test SMTP server.
const smtpPort = await freePort();
process.env.SMTP_URL = `smtp://mailer:s3cret-pass@127.0.0.1:${smtpPort}`;
process.env.EMAIL_FROM = 'Credential Manager <alerts@example.com>';
process.env.BETTER_AUTH_URL = 'https://credentials.example.com';

let env: ServiceTestEnv;
let double: PlanhatDouble;
withServiceTestEnv((started) => ({ env, double } = started));
let inbox: SmtpInbox;
afterAll(async () => {
  await inbox?.close();
  await stopBoss();
});

describe('credential request emails', () => {
  it('email the link to the token holder, with the secret put in only as the email leaves', async () => {
    inbox = await startSmtpInbox({ port: smtpPort, user: 'mailer', password: 's3cret-pass' });
    const owner = await createTestActor(env.db);
    const made = await createCredentialRequest(owner, { note: 'For the churn dashboard', expiresIn: '24h', recipientEmail: 'holder@acme.example' });
    expect(made.email).toBe('queued');
    const secret = new URL(made.url).hash.slice(1);
    const [queued] = await env.db.emailMessage.findMany({ where: { refId: made.request.id } });
    expect(queued).toMatchObject({ purpose: 'credential-request', toAddress: 'holder@acme.example' });
    expect(JSON.stringify(queued)).not.toContain(secret);

    expect(await deliverEmail(queued!.id)).toBe('sent');
    const mail = await inbox.waitFor((message) => message.to.includes('holder@acme.example'));
    expect(mail.subject).toContain(`${owner.name} asks you for a Planhat API token`);
    expect(mail.text).toContain(made.url);
    expect(mail.text).toContain('For the churn dashboard');
    expect(JSON.stringify(await env.db.emailMessage.findUniqueOrThrow({ where: { id: queued!.id } }))).not.toContain(secret);
  });

  it('do not send a link that was revoked before its email went out', async () => {
    const owner = await createTestActor(env.db);
    const made = await createCredentialRequest(owner, { note: '', expiresIn: '1h', recipientEmail: 'late@acme.example' });
    await revokeCredentialRequest(owner, made.request.id);
    const [queued] = await env.db.emailMessage.findMany({ where: { refId: made.request.id } });
    expect(await deliverEmail(queued!.id)).toBe('withdrawn');
    expect(await env.db.emailMessage.findUniqueOrThrow({ where: { id: queued!.id }, select: { status: true } })).toEqual({ status: 'failed' });
    expect(inbox.messages.some((message) => message.to.includes('late@acme.example'))).toBe(false);
  });

  it('tell the requester by email when the token arrived, without the token in it', async () => {
    const owner = await createTestActor(env.db);
    const made = await createCredentialRequest(owner, { note: '', expiresIn: '24h', flow: { kind: 'source', models: [] } });
    const token = `phtest_${randomBytes(16).toString('hex')}`;
    double.addToken({ token });
    const saved = await submitRequestLink(new URL(made.url).hash.slice(1), { address: '192.0.2.9' }, { name: 'From the admin', description: '', fields: { apiAccessToken: token, region: 'auto' }, verify: true });
    expect(saved.ok).toBe(true);
    const [notice] = await env.db.emailMessage.findMany({ where: { refId: made.request.id, purpose: 'request-notice' } });
    expect(await deliverEmail(notice!.id)).toBe('sent');
    const mail = await inbox.waitFor((message) => message.to.includes(owner.email));
    expect(mail.subject).toContain('From the admin arrived');
    expect(mail.text).toContain('https://credentials.example.com/sources/new/planhat?credential=');
    for (const text of [mail.text, mail.html, mail.subject]) expect(text).not.toContain(token);
  });
});
