/**
 * Every action the workspace audit log records (credential events come from CredentialEvent, as
 * `credential.<type>`). The names are part of GET /api/v1/audit-events: add, never rename.
 */
export const AUDIT_ACTIONS = [
  'sign-in.succeeded',
  'sign-in.failed',
  'two-factor.enabled',
  'two-factor.disabled',
  'two-factor.failed',
  'two-factor.recovery-code-used',
  'two-factor.recovery-codes-regenerated',
  'passkey.added',
  'passkey.renamed',
  'passkey.removed',
  'password.changed',
  'password.reset-requested',
  'password.reset',
  'session.revoked',
  'session.others-revoked',
  'sso.configured',
  'sso.updated',
  'sso.removed',
  'sso.sign-in-failed',
  'workspace.two-factor-policy-changed',
  'member.invited',
  'member.joined',
  'member.role-changed',
  'member.removed',
  'invitation.revoked',
  'api-key.created',
  'api-key.revoked',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
