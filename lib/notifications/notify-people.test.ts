import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlanhatDouble } from '@/lib/testing/planhat-double/server';
import type { CredentialAlert } from '@/lib/alerts/alert';
import type { Actor } from '@/lib/auth/actor';
import { deliverEmail } from '@/lib/email/deliver-email';
import type { EmailJob } from '@/lib/email/email-job';
import { emailQueue } from '@/lib/email/email-queue';
import { emailInvitation } from '@/lib/email/invitation-email';
import { getBoss, stopBoss } from '@/lib/jobs/boss';
import { createTestActor, saveTestCredential, withServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';
import { freePort, startSmtpInbox, type SmtpInbox } from '@/lib/testing/smtp-inbox';
import { markAllNotificationsRead, markNotificationRead, readInbox } from './inbox';
import { notifyPeopleOfAlert } from './notify-people';

// Configuration is read once per process: SMTP points at a port nothing listens on until a test
// starts the SMTP server there, so the first emails meet an SMTP server that is down.
const smtpPort = await freePort();
process.env.SMTP_URL = `smtp://mailer:s3cret-pass@127.0.0.1:${smtpPort}`;
process.env.EMAIL_FROM = 'Credential Manager <alerts@example.com>';
process.env.BETTER_AUTH_URL = 'https://credentials.example.com';

let env: ServiceTestEnv;
let double: PlanhatDouble;
withServiceTestEnv((started) => ({ env, double } = started));
let inbox: SmtpInbox | undefined;
afterAll(async () => {
  await inbox?.close();
  await stopBoss();
});

interface Team {
  owner: Actor;
  admin: Actor;
  creator: Actor;
  member: Actor;
}

async function team(): Promise<Team> {
  const owner = await createTestActor(env.db, { role: 'owner' });
  const workspaceId = owner.workspaceId;
  const [admin, creator, member] = [
    await createTestActor(env.db, { role: 'admin', workspaceId }),
    await createTestActor(env.db, { role: 'member', workspaceId }),
    await createTestActor(env.db, { role: 'member', workspaceId }),
  ];
  return { owner, admin, creator, member };
}

async function invalidAlert(by: Actor): Promise<{ alert: CredentialAlert; token: string }> {
  const { credential, token } = await saveTestCredential(by, double);
  const alert: CredentialAlert = {
    id: randomUUID(),
    type: 'credential.invalid',
    occurredAt: new Date().toISOString(),
    workspace: { id: by.workspaceId, name: 'Acme Data' },
    credential: { id: credential.id, name: credential.name, status: 'invalid', reason: 'Planhat rejected the token (401)', createdById: by.userId },
    change: { status: { from: 'verified', to: 'invalid' } },
    affected: { sources: [{ id: randomUUID(), name: 'Accounts sync', model: 'companies' }], destinations: [{ id: randomUUID(), name: 'Task writer', model: 'tasks' }] },
  };
  return { alert, token };
}

const notificationsOf = (alert: CredentialAlert) => env.db.notification.findMany({ where: { alertId: alert.id }, orderBy: { userId: 'asc' } });
const emailsOf = (alert: CredentialAlert) => env.db.emailMessage.findMany({ where: { purpose: 'alert', refId: alert.id } });

describe('alerts to people', () => {
  it('tells the creator and the owners and admins, not plain members, each once', async () => {
    const { owner, admin, creator, member } = await team();
    const { alert } = await invalidAlert(creator);
    await notifyPeopleOfAlert(alert);
    const notified = (await notificationsOf(alert)).map((n) => n.userId);
    expect(notified.sort()).toEqual([owner.userId, admin.userId, creator.userId].sort());
    expect(notified).not.toContain(member.userId);

    // An owner who created the credential is told once.
    const { alert: ownAlert } = await invalidAlert(owner);
    await notifyPeopleOfAlert(ownAlert);
    expect((await notificationsOf(ownAlert)).map((n) => n.userId).sort()).toEqual([owner.userId, admin.userId].sort());
  });

  it('tells nobody who has left the workspace, and ignores alerts meant for webhooks only', async () => {
    const { creator, owner, admin } = await team();
    const { alert } = await invalidAlert(creator);
    await env.db.member.deleteMany({ where: { userId: creator.userId } });
    await notifyPeopleOfAlert(alert);
    expect((await notificationsOf(alert)).map((n) => n.userId).sort()).toEqual([owner.userId, admin.userId].sort());
    const created = { ...alert, id: randomUUID(), type: 'credential.created' as const };
    await notifyPeopleOfAlert(created);
    expect(await notificationsOf(created)).toEqual([]);
  });

  it('writes words for people with a link to the credential, and never the token', async () => {
    const { creator } = await team();
    const { alert, token } = await invalidAlert(creator);
    await notifyPeopleOfAlert(alert);
    const [entry] = await notificationsOf(alert);
    expect(entry).toMatchObject({
      title: `“${alert.credential.name}” is invalid`,
      href: `/credentials/${alert.credential.id}`,
      credentialId: alert.credential.id,
      type: 'credential.invalid',
    });
    expect(entry!.body).toBe(
      'Planhat rejected the token (401). Replace the token to keep what uses it working. Used by Source “Accounts sync” (Companies), Destination “Task writer” (Tasks).',
    );
    const everything = JSON.stringify([await notificationsOf(alert), await emailsOf(alert)]);
    expect(everything).not.toContain(token);
    expect(everything).not.toContain('s3cret-pass');
  });

  it('gives a person who turned alert emails off the entry but no email', async () => {
    const { owner, admin, creator } = await team();
    await env.db.member.updateMany({ where: { userId: admin.userId }, data: { alertEmails: false } });
    const { alert } = await invalidAlert(creator);
    await notifyPeopleOfAlert(alert);
    expect(await notificationsOf(alert)).toHaveLength(3);
    expect((await emailsOf(alert)).map((email) => email.toAddress).sort()).toEqual([owner.email, creator.email].sort());
  });

  it('adds nothing when the fan-out runs again for the same alert', async () => {
    const { creator } = await team();
    const { alert } = await invalidAlert(creator);
    await notifyPeopleOfAlert(alert);
    await notifyPeopleOfAlert(alert);
    expect(await notificationsOf(alert)).toHaveLength(3);
    const emails = await emailsOf(alert);
    expect(emails).toHaveLength(3);
    const boss = await getBoss();
    const jobs = await boss.findJobs(emailQueue.name, { limit: 10_000 });
    for (const email of emails) expect(jobs.filter((job) => (job.data as { messageId: string }).messageId === email.id)).toHaveLength(1);
  });

  it('reads and marks only the person’s own entries in their active workspace', async () => {
    const { owner, admin, creator } = await team();
    const { alert } = await invalidAlert(creator);
    const { alert: second } = await invalidAlert(creator);
    await notifyPeopleOfAlert(alert);
    await notifyPeopleOfAlert(second);
    expect(await readInbox(owner)).toMatchObject({ unreadCount: 2 });
    const [ownersEntry] = (await readInbox(owner)).latest;

    // Someone else's id marks nothing of theirs.
    expect(await markNotificationRead(admin, ownersEntry!.id)).toBeNull();
    expect((await readInbox(owner)).unreadCount).toBe(2);
    expect(await markNotificationRead(owner, ownersEntry!.id)).toBe(ownersEntry!.href);
    expect((await readInbox(owner)).unreadCount).toBe(1);
    expect((await readInbox(admin)).unreadCount).toBe(2);

    // Another workspace of the same person is not counted here.
    expect((await readInbox({ ...owner, workspaceId: creator.workspaceId + '-other' })).unreadCount).toBe(0);
    expect(await markAllNotificationsRead(owner)).toBe(1);
    expect((await readInbox(owner)).unreadCount).toBe(0);
    expect((await readInbox(admin)).unreadCount).toBe(2);
  });
});

describe('alert emails over SMTP', () => {
  it('with SMTP down, the check path is not held up and the email job is retried, then sent once the server answers', async () => {
    const { creator } = await team();
    const { alert, token } = await invalidAlert(creator);
    const started = Date.now();
    await notifyPeopleOfAlert(alert);
    expect(Date.now() - started).toBeLessThan(2_000);

    const [email] = (await emailsOf(alert)).filter((row) => row.toAddress === creator.email);
    const boss = await getBoss();
    await boss.work<EmailJob>(emailQueue.name, { pollingIntervalSeconds: 0.5 }, (jobs) => emailQueue.work(jobs, boss));
    try {
      await expect.poll(async () => (await boss.getJobById(emailQueue.name, email!.id))?.state, { timeout: 20_000 }).toBe('retry');
    } finally {
      await boss.offWork(emailQueue.name);
    }
    const failed = await env.db.emailMessage.findUniqueOrThrow({ where: { id: email!.id } });
    expect(failed).toMatchObject({ status: 'queued', attempts: 1 });
    expect(failed.lastError).toMatch(/ECONNREFUSED/);
    expect(failed.lastError).not.toContain('s3cret-pass');

    // An invitation made meanwhile stands, its email queued like any other.
    const invitation = { id: `inv_${randomUUID()}`, email: 'later@example.com', role: 'member', workspaceName: 'Acme Data', inviterName: 'Ada', expiresAt: new Date() };
    const inviting = Date.now();
    expect(await emailInvitation(invitation)).toBe('queued');
    expect(Date.now() - inviting).toBeLessThan(2_000);

    // The retry, once the server is up (the queue would run it after its backoff).
    inbox = await startSmtpInbox({ port: smtpPort, user: 'mailer', password: 's3cret-pass' });
    expect(await deliverEmail(email!.id)).toBe('sent');
    const mail = await inbox.waitFor((message) => message.to.includes(creator.email));
    expect(mail.subject).toBe(`“${alert.credential.name}” is invalid · Acme Data`);
    expect(mail.from).toBe('alerts@example.com');
    expect(mail.text).toContain('Planhat rejected the token (401). Replace the token to keep what uses it working.');
    expect(mail.text).toContain('- Source “Accounts sync” (Companies)');
    expect(mail.text).toContain(`Open the credential: https://credentials.example.com/credentials/${alert.credential.id}`);
    expect(mail.html).toContain(`href="https://credentials.example.com/credentials/${alert.credential.id}"`);
    expect(mail.html).toContain('<li>Destination “Task writer” (Tasks)</li>');
    expect(mail.raw).not.toContain(token);
    expect(await env.db.emailMessage.findUniqueOrThrow({ where: { id: email!.id } })).toMatchObject({ status: 'sent', attempts: 2, lastError: null });

    // A job that runs again for a sent email sends nothing more.
    expect(await deliverEmail(email!.id)).toBe('already-sent');
    expect(inbox.messages.filter((message) => message.to.includes(creator.email))).toHaveLength(1);
  });

  it('sends through the queue’s worker, and gives up on the last try', async () => {
    inbox ??= await startSmtpInbox({ port: smtpPort, user: 'mailer', password: 's3cret-pass' });
    const { creator } = await team();
    const { alert } = await invalidAlert(creator);
    await notifyPeopleOfAlert(alert);
    const boss = await getBoss();
    await boss.work<EmailJob>(emailQueue.name, { pollingIntervalSeconds: 0.5 }, (jobs) => emailQueue.work(jobs, boss));
    try {
      await inbox.waitFor((message) => message.to.includes(creator.email) && message.subject.includes(alert.credential.name), 20_000);
    } finally {
      await boss.offWork(emailQueue.name);
    }

    const stuck = (await emailsOf(alert))[0]!;
    await env.db.emailMessage.update({ where: { id: stuck.id }, data: { status: 'queued', toAddress: 'not an address' } });
    await expect(deliverEmail(stuck.id, { lastAttempt: true })).rejects.toThrow(/email not sent/);
    expect(await env.db.emailMessage.findUniqueOrThrow({ where: { id: stuck.id } })).toMatchObject({ status: 'failed' });
  });
});
