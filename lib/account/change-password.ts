import 'server-only';
import { recordAccountAuditEvent } from '@/lib/audit/audit-log';
import { getAuth } from '@/lib/auth/auth';
import { getDb } from '@/lib/db/client';
import { authErrorCode } from './auth-error-code';

export type ChangePasswordOutcome = 'changed' | 'signed-out' | 'wrong-password' | 'no-password';

/**
 * Changes the signed-in person's password and ends every other session they have. Better Auth
 * does that by replacing this session with a new one (its cookie set on this response), which
 * starts with no active workspace: the one this session was acting in is put back on it.
 */
export async function changeAccountPassword(requestHeaders: Headers, passwords: { currentPassword: string; newPassword: string }): Promise<ChangePasswordOutcome> {
  const auth = await getAuth();
  const signedIn = await auth.api.getSession({ headers: requestHeaders });
  if (!signedIn) return 'signed-out';
  let newToken: string | null;
  try {
    ({ token: newToken } = await auth.api.changePassword({ body: { ...passwords, revokeOtherSessions: true }, headers: requestHeaders }));
  } catch (error) {
    const code = authErrorCode(error);
    if (code === 'INVALID_PASSWORD') return 'wrong-password';
    if (code === 'CREDENTIAL_ACCOUNT_NOT_FOUND') return 'no-password';
    throw error;
  }
  const db = await getDb();
  const workspaceId = signedIn.session.activeOrganizationId;
  if (newToken && workspaceId) await db.session.updateMany({ where: { token: newToken, userId: signedIn.user.id }, data: { activeOrganizationId: workspaceId } });
  await recordAccountAuditEvent(db, signedIn.user.id, {
    action: 'password.changed',
    actor: { id: signedIn.user.id, email: signedIn.user.email },
    target: { type: 'user', id: signedIn.user.id, label: signedIn.user.email },
    headers: requestHeaders,
    detail: { otherSessionsEnded: true },
  });
  return 'changed';
}
