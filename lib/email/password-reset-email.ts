import 'server-only';
import { RESET_PASSWORD_PATH } from '@/lib/account/reset-password-path';
import { getDb } from '@/lib/db/client';
import { log } from '@/lib/log';
import { appUrl } from './app-url';
import { queueEmails, type OutgoingEmail } from './queue-emails';

/*
 * Like a request link's email (request-link-email.ts): queued with this mark where the reset token
 * goes, and the token is put in only as the email leaves (deliverEmail), read from Better Auth's
 * verification row. So the outbox never holds a working link, and a link used or expired before
 * its email left is not sent at all.
 */
const TOKEN_MARK = '__PASSWORD_RESET_TOKEN__';
const IDENTIFIER_PREFIX = 'reset-password:';

export const RESET_LINK_LIFETIME_SECONDS = 60 * 60;

export function passwordResetEmail({ verificationId, to, name }: { verificationId: string; to: string; name: string }): OutgoingEmail {
  return {
    dedupeKey: `password-reset:${verificationId}`,
    purpose: 'password-reset',
    refId: verificationId,
    to,
    subject: 'Reset your Credential Manager password',
    parts: {
      heading: 'Reset your password',
      paragraphs: [
        `Hello ${name}, someone (hopefully you) asked to reset the password of your Credential Manager account.`,
        'The link works once, for 1 hour. Setting a new password signs you out everywhere, so sign in again afterwards.',
      ],
      action: { label: 'Choose a new password', url: `${appUrl(RESET_PASSWORD_PATH)}?token=${TOKEN_MARK}` },
      footer: 'If you did not ask for this, ignore this email: your password stays as it is.',
    },
  };
}

/**
 * Called by Better Auth's sendResetPassword once it stored the token: queues the email, which
 * refers to the token's verification row only.
 */
export async function emailPasswordReset({ user, token }: { user: { email: string; name: string }; token: string }) {
  try {
    const db = await getDb();
    const verification = await db.verification.findFirst({ where: { identifier: `${IDENTIFIER_PREFIX}${token}` }, select: { id: true } });
    if (!verification) throw new Error('its token was not stored');
    await queueEmails([passwordResetEmail({ verificationId: verification.id, to: user.email, name: user.name })]);
  } catch (error) {
    // Not thrown on: the form answers the same whether or not an account exists.
    log.error(`password reset email could not be queued: ${(error as Error).message}`);
  }
}

/** The email's text with the reset token put in; null when the link was used or has expired (do not send). */
export async function withPasswordResetToken<Content extends { textBody: string; htmlBody: string }>(verificationId: string, content: Content): Promise<Content | null> {
  const db = await getDb();
  const verification = await db.verification.findUnique({ where: { id: verificationId }, select: { identifier: true, expiresAt: true } });
  if (!verification?.identifier.startsWith(IDENTIFIER_PREFIX) || verification.expiresAt.getTime() <= Date.now()) return null;
  const token = encodeURIComponent(verification.identifier.slice(IDENTIFIER_PREFIX.length));
  return { ...content, textBody: content.textBody.replaceAll(TOKEN_MARK, token), htmlBody: content.htmlBody.replaceAll(TOKEN_MARK, token) };
}
