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
 */
export async function recordSignIn(db: Db, { email, outcome, userId, headers }: SettledSignIn) {
  const user = userId
    ? await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true } })
    : await db.user.findFirst({ where: { email: { equals: email, mode: 'insensitive' } }, select: { id: true, email: true } });
  if (!user) return;
  await recordAccountAuditEvent(db, user.id, {
    action: outcome === 'succeeded' ? 'sign-in.succeeded' : 'sign-in.failed',
    actor: { id: user.id, email: user.email },
    target: { type: 'user', id: user.id, label: user.email },
    headers,
    detail: { method: 'password', ...(outcome === 'failed' && { reason: 'wrong-password' }) },
  });
}
