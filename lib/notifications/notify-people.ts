import 'server-only';
import { randomUUID } from 'node:crypto';
import type { AlertSubscriber, CredentialAlert } from '@/lib/alerts/alert';
import { getDb } from '@/lib/db/client';
import { emailEnabled } from '@/lib/email/email-settings';
import { queueEmails } from '@/lib/email/queue-emails';
import { alertEmail } from './alert-email';
import { alertRecipients } from './alert-recipients';
import { describeAlert, isPeopleAlert, notificationBody } from './alert-words';

/**
 * Tells the people who can act on a credential about its alert: an entry in each one's bell and,
 * when this server sends email and they have not turned it off, an email through the queue. Safe to
 * run again for the same alert (the fan-out retries): entries and emails are keyed by alert.id.
 */
export async function notifyPeopleOfAlert(alert: CredentialAlert): Promise<void> {
  const { type } = alert;
  if (!isPeopleAlert(type)) return;
  const db = await getDb();
  const recipients = await alertRecipients(db, alert);
  if (recipients.length === 0) return;
  const words = describeAlert({ ...alert, type });
  const occurredAt = new Date(alert.occurredAt);
  await db.notification.createMany({
    data: recipients.map((recipient) => ({
      id: randomUUID(),
      userId: recipient.userId,
      workspaceId: alert.workspace.id,
      alertId: alert.id,
      type,
      credentialId: alert.credential.id,
      title: words.title,
      body: notificationBody(words),
      href: `/credentials/${alert.credential.id}`,
      createdAt: Number.isNaN(occurredAt.getTime()) ? new Date() : occurredAt,
    })),
    skipDuplicates: true,
  });
  if (!emailEnabled()) return;
  await queueEmails(recipients.filter((recipient) => recipient.wantsEmail).map((recipient) => alertEmail(alert, words, recipient)));
}

export const peopleAlertSubscriber: AlertSubscriber = { name: 'people', deliver: notifyPeopleOfAlert };
