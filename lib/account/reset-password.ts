import 'server-only';
import { recordAccountAuditEvent } from '@/lib/audit/audit-log';
import { getAuth } from '@/lib/auth/auth';
import { getDb } from '@/lib/db/client';
import { authErrorCode } from './auth-error-code';

// Better Auth's reset tokens are 24 letters and digits; anything else is not worth a lookup.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,64}$/;

/** The user a reset token belongs to while it still works, else null (unknown, used, expired or garbled). */
export async function resetTokenOwner(token: string | undefined): Promise<string | null> {
  if (!token || !TOKEN_SHAPE.test(token)) return null;
  const verification = await (await getDb()).verification.findFirst({ where: { identifier: `reset-password:${token}` }, select: { value: true, expiresAt: true } });
  return verification && verification.expiresAt.getTime() > Date.now() ? verification.value : null;
}

async function expiredTokenOwner(token: string): Promise<string | null> {
  const verification = await (await getDb()).verification.findFirst({ where: { identifier: `reset-password:${token}`, expiresAt: { lte: new Date() } }, select: { value: true } });
  return verification?.value ?? null;
}

export type ResetOutcome = 'reset' | 'invalid-link';

async function recordReset(userId: string, requestHeaders: Headers, outcome: 'reset' | 'expired') {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return;
  await recordAccountAuditEvent(db, userId, {
    action: outcome === 'reset' ? 'password.reset' : 'password.reset-failed',
    actor: { id: userId, email: user.email },
    target: { type: 'user', id: userId, label: user.email },
    headers: requestHeaders,
    detail: outcome === 'reset' ? { sessionsEnded: 'all' } : { reason: 'expired-link' },
  });
}

/**
 * Sets a new password with a reset token (once), and ends every session of that person. A link
 * past its hour is refused and recorded in the person's audit log; a used or made-up one belongs
 * to nobody and is only refused.
 */
export async function resetPasswordWithToken(requestHeaders: Headers, token: string, newPassword: string): Promise<ResetOutcome> {
  const userId = await resetTokenOwner(token);
  if (!userId) {
    const expiredFor = TOKEN_SHAPE.test(token) ? await expiredTokenOwner(token) : null;
    if (expiredFor) await recordReset(expiredFor, requestHeaders, 'expired');
    return 'invalid-link';
  }
  try {
    await (await getAuth()).api.resetPassword({ body: { token, newPassword }, headers: requestHeaders });
  } catch (error) {
    if (['INVALID_TOKEN', 'USER_NOT_FOUND'].includes(authErrorCode(error) ?? '')) return 'invalid-link';
    throw error;
  }
  await recordReset(userId, requestHeaders, 'reset');
  return 'reset';
}
