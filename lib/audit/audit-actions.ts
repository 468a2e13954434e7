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
  'password.reset-failed',
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

/** How the credential history (CredentialEvent.type) appears in the audit log. */
export const CREDENTIAL_AUDIT_ACTIONS = ['credential.created', 'credential.checked', 'credential.renamed', 'credential.token-replaced', 'credential.deleted'] as const;

export type AuditLogAction = AuditAction | (typeof CREDENTIAL_AUDIT_ACTIONS)[number];

export const ALL_AUDIT_LOG_ACTIONS: readonly AuditLogAction[] = [...AUDIT_ACTIONS, ...CREDENTIAL_AUDIT_ACTIONS];

/** The part before the dot: `sign-in`, `member`, `credential`... A filter may name a group or one action. */
export const auditGroupOf = (action: string) => action.split('.')[0]!;

export const AUDIT_ACTION_GROUPS: readonly string[] = [...new Set(ALL_AUDIT_LOG_ACTIONS.map(auditGroupOf))];

