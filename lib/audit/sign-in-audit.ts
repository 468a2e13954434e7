import 'server-only';
import type { Db } from '@/lib/db/client';
import { recordAccountAuditEvent } from './audit-log';

export interface SettledSignIn {
  email: string;
  outcome: 'succeeded' | 'failed';
  /** The signed-in person, when the sign-in made a session. */
  userId?: string;
  headers?: Headers | null;
}

/**
 * Writes a password sign-in to the log of every workspace of its account. A failed sign-in for an
 * email with no account is nobody's to see (the install-wide SecurityEvent table keeps throttling).
 * A wrong password counts as failed whether or not two-factor is on.
 */
export async function recordSignIn(db: Db, { email, outcome, userId, headers }: SettledSignIn) {
  const select = { id: true, email: true, twoFactorEnabled: true } as const;
  const user = userId
    ? await db.user.findUnique({ where: { id: userId }, select })
    : await db.user.findFirst({ where: { email: { equals: email, mode: 'insensitive' } }, select });
  if (!user) return;
  // With two-factor on, a right password only leads to the code step (the twoFactor plugin drops
  // the session after this hook); the sign-in is recorded once the second factor is checked.
  if (outcome === 'succeeded' && user.twoFactorEnabled) return;
  await recordAccountAuditEvent(db, user.id, {
    action: outcome === 'succeeded' ? 'sign-in.succeeded' : 'sign-in.failed',
    actor: { id: user.id, email: user.email },
    target: { type: 'user', id: user.id, label: user.email },
    headers,
    detail: { method: 'password', ...(outcome === 'failed' && { reason: 'wrong-password' }) },
  });
}
