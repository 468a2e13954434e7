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

export type ResetOutcome = 'reset' | 'invalid-link';

/** Sets a new password with a reset token (once), and ends every session of that person. */
export async function resetPasswordWithToken(requestHeaders: Headers, token: string, newPassword: string): Promise<ResetOutcome> {
  const userId = await resetTokenOwner(token);
  if (!userId) return 'invalid-link';
  try {
    await (await getAuth()).api.resetPassword({ body: { token, newPassword }, headers: requestHeaders });
  } catch (error) {
    if (['INVALID_TOKEN', 'USER_NOT_FOUND'].includes(authErrorCode(error) ?? '')) return 'invalid-link';
    throw error;
  }
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  await recordAccountAuditEvent(db, userId, {
    action: 'password.reset',
    actor: { id: userId, email: user?.email ?? null },
    target: { type: 'user', id: userId, label: user?.email ?? null },
    headers: requestHeaders,
    detail: { sessionsEnded: 'all' },
  });
  return 'reset';
}
