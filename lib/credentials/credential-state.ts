// Client-safe: tiles, badges, filters and banners all call a credential by this one name.

type StatusOnly = 'verified' | 'not_verified' | 'invalid' | 'unreachable' | 'unreadable';

/**
 * What a person should read first about a credential. "Partial access" is a verified token that
 * cannot read every data model: it works, but a source on a model it cannot read will fail.
 */
export type CredentialState = 'verified' | 'partial' | 'not_verified' | 'invalid' | 'unreachable' | 'unreadable';

export const CREDENTIAL_STATES: readonly CredentialState[] = ['verified', 'partial', 'not_verified', 'invalid', 'unreachable', 'unreadable'];

export const stateLabels: Record<CredentialState, string> = {
  verified: 'Verified',
  partial: 'Partial access',
  not_verified: 'Not verified',
  invalid: 'Invalid',
  unreachable: 'Unreachable',
  unreadable: "Can't decrypt",
};

export function isCredentialState(value: unknown): value is CredentialState {
  return typeof value === 'string' && (CREDENTIAL_STATES as readonly string[]).includes(value);
}

export function credentialState(credential: { status: StatusOnly; accessReport: { readableCount: number; modelCount: number } | null }): CredentialState {
  const report = credential.accessReport;
  if (credential.status === 'verified' && report && report.readableCount < report.modelCount) return 'partial';
  return credential.status;
}
