import 'server-only';
import { randomUUID } from 'node:crypto';
import { getDb } from '@/lib/db/client';
import { getBoss } from '@/lib/jobs/boss';
import { emailHtml, emailText, type EmailParts } from './email-html';
import { EMAIL_QUEUE } from './email-job';

export interface OutgoingEmail {
  /** Names the email once: queueing the same key again (a retried fan-out) adds nothing. */
  dedupeKey: string;
  purpose: 'alert' | 'invitation' | 'credential-request' | 'request-notice' | 'password-reset';
  refId: string;
  to: string;
  subject: string;
  parts: EmailParts;
}

/**
 * Writes the emails to the outbox and hands each one still waiting to the "email" queue, keyed by
 * its row id, so a second call for the same emails neither duplicates a row nor a job. Returns the
 * ids of the rows, in the order given.
 */
export async function queueEmails(emails: OutgoingEmail[]): Promise<string[]> {
  if (emails.length === 0) return [];
  const db = await getDb();
  await db.emailMessage.createMany({
    data: emails.map((email) => ({
      id: randomUUID(),
      dedupeKey: email.dedupeKey,
      purpose: email.purpose,
      refId: email.refId,
      toAddress: email.to,
      subject: email.subject,
      textBody: emailText(email.parts),
      htmlBody: emailHtml(email.parts),
    })),
    skipDuplicates: true,
  });
  const rows = await db.emailMessage.findMany({
    where: { dedupeKey: { in: emails.map((email) => email.dedupeKey) } },
    select: { id: true, dedupeKey: true, status: true },
  });
  const boss = await getBoss();
  for (const row of rows) {
    if (row.status === 'queued') await boss.send(EMAIL_QUEUE.name, { messageId: row.id }, { id: row.id });
  }
  const idByKey = new Map(rows.map((row) => [row.dedupeKey, row.id]));
  return emails.map((email) => idByKey.get(email.dedupeKey)!);
}
