import 'server-only';
import { recordAccountAuditEvent } from '@/lib/audit/audit-log';
import { getAuth } from '@/lib/auth/auth';
import { getDb } from '@/lib/db/client';
import { deviceName } from './device-name';

/** One signed-in browser of a person, as the Account page shows it: never the session's token. */
export interface AccountSession {
  id: string;
  device: string;
  address: string | null;
  signedInAt: string;
  lastActiveAt: string;
  current: boolean;
}

export const SESSION_NOT_FOUND = 'That session has already ended or is not one of yours. Reload the page to see your sessions.';

async function signedInSession(requestHeaders: Headers) {
  return (await getAuth()).api.getSession({ headers: requestHeaders });
}

/** The person's sessions that have not expired, this one first, then the most recently active. */
export async function listAccountSessions(requestHeaders: Headers): Promise<AccountSession[] | null> {
  const signedIn = await signedInSession(requestHeaders);
  if (!signedIn) return null;
  const rows = await (await getDb()).session.findMany({
    where: { userId: signedIn.user.id, expiresAt: { gt: new Date() } },
    select: { id: true, userAgent: true, ipAddress: true, createdAt: true, updatedAt: true },
    orderBy: { updatedAt: 'desc' },
  });
  const sessions = rows.map((row) => ({
    id: row.id,
    device: deviceName(row.userAgent),
    address: row.ipAddress || null,
    signedInAt: row.createdAt.toISOString(),
    lastActiveAt: (row.updatedAt > row.createdAt ? row.updatedAt : row.createdAt).toISOString(),
    current: row.id === signedIn.session.id,
  }));
  return [...sessions.filter((s) => s.current), ...sessions.filter((s) => !s.current)];
}

export type RevokeOutcome = 'revoked' | 'signed-out' | 'not-found' | 'current';

/**
 * Ends one of the person's other sessions in the database, so that browser is signed out on its
 * next request. A session of someone else is "not found", whatever its id.
 */
export async function revokeAccountSession(requestHeaders: Headers, sessionId: string): Promise<RevokeOutcome> {
  const signedIn = await signedInSession(requestHeaders);
  if (!signedIn) return 'signed-out';
  if (sessionId === signedIn.session.id) return 'current';
  const db = await getDb();
  const target = await db.session.findFirst({ where: { id: sessionId, userId: signedIn.user.id }, select: { token: true, userAgent: true } });
  if (!target) return 'not-found';
  await (await getAuth()).api.revokeSession({ body: { token: target.token }, headers: requestHeaders });
  await recordAccountAuditEvent(db, signedIn.user.id, {
    action: 'session.revoked',
    actor: { id: signedIn.user.id, email: signedIn.user.email },
    target: { type: 'session', id: sessionId, label: deviceName(target.userAgent) },
    headers: requestHeaders,
  });
  return 'revoked';
}

/** Ends every session of the person but this one; returns how many ended, or null when signed out. */
export async function revokeOtherAccountSessions(requestHeaders: Headers): Promise<number | null> {
  const signedIn = await signedInSession(requestHeaders);
  if (!signedIn) return null;
  const db = await getDb();
  const others = await db.session.count({ where: { userId: signedIn.user.id, id: { not: signedIn.session.id }, expiresAt: { gt: new Date() } } });
  await (await getAuth()).api.revokeOtherSessions({ headers: requestHeaders });
  await recordAccountAuditEvent(db, signedIn.user.id, {
    action: 'session.others-revoked',
    actor: { id: signedIn.user.id, email: signedIn.user.email },
    target: { type: 'user', id: signedIn.user.id, label: signedIn.user.email },
    headers: requestHeaders,
    detail: { sessionsEnded: others },
  });
  return others;
}
