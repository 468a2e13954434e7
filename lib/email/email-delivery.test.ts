import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishAlert } from '@/lib/alerts/publish-alert';
import { startWorkers } from '@/lib/jobs/workers';
import { stopBoss } from '@/lib/jobs/boss';
import { createTestActor, withServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';
import { freePort, startSmtpInbox, type SmtpInbox } from '@/lib/testing/smtp-inbox';
import { deliverEmail } from './deliver-email';
import { emailInvitation, invitationEmailStates } from './invitation-email';

const smtpPort = await freePort();
process.env.SMTP_URL = `smtp://mailer:letter-box@127.0.0.1:${smtpPort}`;
process.env.EMAIL_FROM = 'Credential Manager <hello@example.com>';
process.env.BETTER_AUTH_URL = 'https://credentials.example.com/';

let env: ServiceTestEnv;
withServiceTestEnv((started) => ({ env } = started));
let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox({ port: smtpPort, user: 'mailer', password: 'letter-box' });
});
afterAll(async () => {
  await stopBoss();
  await inbox.close();
});

describe('emails', () => {
  it('emails an invitation with its link, and the pending list can tell it was sent', async () => {
    const owner = await createTestActor(env.db);
    const invitationId = randomBytes(16).toString('hex');
    const email = `invitee-${invitationId.slice(0, 6)}@example.com`;
    const expiresAt = new Date(Date.UTC(2030, 0, 15));
    await env.db.invitation.create({ data: { id: invitationId, organizationId: owner.workspaceId, email, role: 'admin', status: 'pending', expiresAt, inviterId: owner.userId } });

    const invitation = { id: invitationId, email, role: 'admin', workspaceName: 'Acme Data', inviterName: 'Ada Owner', expiresAt };
    expect(await emailInvitation(invitation)).toBe('queued');
    expect((await invitationEmailStates([invitationId])).get(invitationId)).toMatchObject({ status: 'queued' });
    const [row] = await env.db.emailMessage.findMany({ where: { purpose: 'invitation', refId: invitationId } });
    expect(await deliverEmail(row!.id)).toBe('sent');

    const mail = await inbox.waitFor((message) => message.to.includes(email));
    expect(mail.subject).toBe('Ada Owner invited you to Acme Data on Credential Manager');
    expect(mail.text).toContain('Ada Owner invited you to join Acme Data as an admin');
    expect(mail.text).toContain('The link works until January 15, 2030.');
    expect(mail.text).toContain(`Accept the invitation: https://credentials.example.com/invite/${invitationId}`);
    expect(mail.html).toContain(`href="https://credentials.example.com/invite/${invitationId}"`);
    expect((await invitationEmailStates([invitationId])).get(invitationId)).toMatchObject({ status: 'sent' });
  });

  it('takes a published alert through the fan-out and email queues to the SMTP server', async () => {
    const owner = await createTestActor(env.db);
    await startWorkers();
    const alert = {
      id: randomUUID(),
      type: 'credential.access_changed' as const,
      occurredAt: new Date().toISOString(),
      workspace: { id: owner.workspaceId, name: 'Acme Data' },
      credential: { id: randomUUID(), name: 'Planhat prod', status: 'partial', reason: null, createdById: null },
      change: { models: { gained: ['tickets'], lost: ['invoices', 'companies'] } },
      affected: { sources: [{ id: randomUUID(), name: 'Invoices nightly', model: 'invoices' }], destinations: [] },
    };
    await publishAlert(alert);
    const mail = await inbox.waitFor((message) => message.to.includes(owner.email), 30_000);
    expect(mail.subject).toBe('“Planhat prod” can read different data · Acme Data');
    expect(mail.text).toContain('It can now read Tickets. It can no longer read Invoices, Companies.');
    expect(mail.text).toContain('- Source “Invoices nightly” (Invoices)');
    const [entry] = await env.db.notification.findMany({ where: { alertId: alert.id } });
    expect(entry).toMatchObject({ userId: owner.userId, title: '“Planhat prod” can read different data' });
  });
});
