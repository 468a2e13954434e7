import 'server-only';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { log } from '@/lib/log';
import { withPasswordResetToken } from './password-reset-email';
import { withRequestLinkSecret } from './request-link-email';
import { getMailTransport } from './transport';

export type DeliveryOutcome = 'sent' | 'already-sent' | 'missing' | 'withdrawn';

/** Why an attempt failed, short, from the mail client's error (it never holds SMTP_URL). */
export function smtpFailureReason(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const text = (message ?? String(error)).replace(/\s+/g, ' ').trim().slice(0, 300);
  return code && !text.includes(code) ? `${code}: ${text}` : text;
}

/** Emails whose link holds a secret are queued without it; it is put in here, as the email leaves. */
function withLinkSecret<Content extends { purpose: string; refId: string; subject: string; textBody: string; htmlBody: string }>(message: Content) {
  if (message.purpose === 'credential-request') return withRequestLinkSecret(message.refId, message);
  if (message.purpose === 'password-reset') return withPasswordResetToken(message.refId, message);
  return Promise.resolve(message);
}

/**
 * Sends one queued email over SMTP and records the outcome on its row. Throws when the server
 * refuses or cannot be reached, so the queue tries again later; on the last try the row turns
 * "failed". A row already sent is left alone (a job may run twice).
 */
export async function deliverEmail(messageId: string, { lastAttempt = false }: { lastAttempt?: boolean } = {}): Promise<DeliveryOutcome> {
  const db = await getDb();
  const message = await db.emailMessage.findUnique({ where: { id: messageId } });
  if (!message) return 'missing';
  if (message.status === 'sent') return 'already-sent';
  const content = await withLinkSecret(message);
  if (!content) {
    // The request or reset link was revoked, used or expired before its email went out: it would not work.
    const lastError = message.purpose === 'password-reset' ? 'Not sent: the reset link was used or expired first.' : 'Not sent: the request was revoked, used or expired first.';
    await db.emailMessage.update({ where: { id: messageId }, data: { status: 'failed', lastError } });
    return 'withdrawn';
  }
  const transport = getMailTransport();
  try {
    if (!transport) throw new Error('Email is off on this server: SMTP_URL is not set.');
    await transport.sendMail({
      from: getEnv().EMAIL_FROM,
      to: message.toAddress,
      subject: content.subject,
      text: content.textBody,
      html: content.htmlBody,
      messageId: `<${message.id}@credential-manager>`,
    });
  } catch (error) {
    const reason = smtpFailureReason(error);
    await db.emailMessage.update({
      where: { id: messageId },
      data: { attempts: { increment: 1 }, lastError: reason, status: lastAttempt ? 'failed' : 'queued' },
    });
    log.warn(`email ${message.id} (${message.purpose}) not sent${lastAttempt ? ', giving up' : ', will retry'}: ${reason}`);
    throw new Error(`email not sent: ${reason}`);
  }
  await db.emailMessage.update({ where: { id: messageId }, data: { status: 'sent', sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
  return 'sent';
}
