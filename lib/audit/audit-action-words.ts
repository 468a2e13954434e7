import type { AuditLogAction } from './audit-actions';

/** Each action in plain words, for the Settings → Audit log table. An action added to the list needs its words here. */
export const AUDIT_ACTION_WORDS: Record<AuditLogAction, string> = {
  'sign-in.succeeded': 'Signed in',
  'sign-in.failed': 'Failed to sign in',
  'two-factor.enabled': 'Turned on two-factor authentication',
  'two-factor.disabled': 'Turned off two-factor authentication',
  'two-factor.failed': 'Entered a wrong two-factor code',
  'two-factor.recovery-code-used': 'Signed in with a recovery code',
  'two-factor.recovery-codes-regenerated': 'Made new recovery codes',
  'passkey.added': 'Added a passkey',
  'passkey.renamed': 'Renamed a passkey',
  'passkey.removed': 'Removed a passkey',
  'password.changed': 'Changed their password',
  'password.reset-requested': 'Asked for a password reset',
  'password.reset': 'Reset their password',
  'password.reset-failed': 'Opened an expired password reset link',
  'session.revoked': 'Signed out a session',
  'session.others-revoked': 'Signed out all other sessions',
  'sso.configured': 'Set up single sign-on',
  'sso.updated': 'Changed single sign-on',
  'sso.removed': 'Removed single sign-on',
  'sso.sign-in-failed': 'Failed to sign in with single sign-on',
  'workspace.two-factor-policy-changed': 'Changed the two-factor requirement',
  'member.invited': 'Invited a member',
  'member.joined': 'Joined the workspace',
  'member.role-changed': 'Changed a role',
  'member.removed': 'Removed a member',
  'invitation.revoked': 'Revoked an invitation',
  'api-key.created': 'Created an API key',
  'api-key.revoked': 'Revoked an API key',
  'credential.created': 'Added a credential',
  'credential.checked': 'Checked a credential',
  'credential.renamed': 'Edited a credential',
  'credential.token-replaced': 'Replaced a credential’s token',
  'credential.deleted': 'Deleted a credential',
};

/** The filter's groups, in the order people look for them. */
export const AUDIT_GROUP_WORDS: Record<string, string> = {
  'sign-in': 'Sign-ins',
  'two-factor': 'Two-factor',
  passkey: 'Passkeys',
  password: 'Passwords',
  session: 'Sessions',
  sso: 'Single sign-on',
  workspace: 'Workspace policy',
  member: 'Members',
  invitation: 'Invitations',
  'api-key': 'API keys',
  credential: 'Credentials',
};

export const auditActionWords = (action: string) => AUDIT_ACTION_WORDS[action as AuditLogAction] ?? action;

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : null);

/** The one fact of an entry's detail worth a glance in the table (a role change, a check's outcome). */
export function auditDetailWords(detail: Record<string, unknown> | null): string | null {
  if (!detail) return null;
  const from = text(detail.from);
  const to = text(detail.to);
  if (from && to) return `${from} → ${to}`;
  const outcome = text(detail.outcome);
  if (outcome) return outcome.replaceAll('_', ' ');
  const reason = text(detail.reason);
  if (reason) return reason.replaceAll('-', ' ');
  const role = text(detail.role);
  return role ? `as ${role}` : null;
}
