import 'server-only';
import { recordAccountAuditEvent } from '@/lib/audit/audit-log';
import { getAuth } from '@/lib/auth/auth';
import { getDb } from '@/lib/db/client';
import { emailEnabled } from '@/lib/email/email-settings';
import { clientAddress } from '@/lib/http/client-address';
import { countAttempt } from '@/lib/rate-limit/fixed-window';

// Per minute. Counted whether or not the account exists, so the limit reveals nothing either.
const LIMITS = { perAddress: 10, perEmail: 3 };

export type ResetRequestOutcome = 'sent-if-exists' | 'email-off' | { retryAfterSeconds: number };

/**
 * Emails a reset link if an account has this address, and answers the same either way, so the
 * form cannot tell who has an account. Rate limited per client address and per email address.
 */
export async function requestPasswordReset(requestHeaders: Headers, email: string): Promise<ResetRequestOutcome> {
  if (!emailEnabled()) return 'email-off';
  const db = await getDb();
  for (const [key, limit] of [
    [`password-reset:address:${clientAddress(requestHeaders) ?? 'unknown'}`, LIMITS.perAddress],
    [`password-reset:email:${email}`, LIMITS.perEmail],
  ] as const) {
    const verdict = await countAttempt(db, key, limit);
    if (!verdict.allowed) return { retryAfterSeconds: verdict.retryAfterSeconds };
  }
  // Better Auth stores a one-hour token and calls sendResetPassword (lib/email/password-reset-email.ts).
  await (await getAuth()).api.requestPasswordReset({ body: { email }, headers: requestHeaders });
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (user) {
    await recordAccountAuditEvent(db, user.id, { action: 'password.reset-requested', actor: { id: null, email: user.email }, target: { type: 'user', id: user.id, label: user.email }, headers: requestHeaders });
  }
  return 'sent-if-exists';
}
