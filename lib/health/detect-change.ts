import type { CredentialAlertType, CredentialChange } from '@/lib/alerts/alert';
import type { CheckResult } from '@/lib/credentials/run-check';
import { accessReportOf } from '@/lib/credentials/run-check';
import type { AccessReport } from '@/lib/credentials/dto';

/** Unreachable only after this many failed checks in a row, so a blip alarms nobody. */
export const UNREACHABLE_AFTER = 3;

export type StoredStatus = 'verified' | 'not_verified' | 'invalid' | 'unreachable';

export interface HealthBefore {
  status: StoredStatus;
  region: string | null;
  accessReport: AccessReport | null;
  consecutiveFailures: number;
  /** The previous check's outcome, to tell a new decryption failure from a known one. */
  lastOutcome: string | null;
}

/** A finished check, or a token that could not be opened (no check ran). */
export type HealthResult = CheckResult | { status: 'unreadable'; reason: string };

export interface HealthVerdict {
  outcome: 'verified' | 'invalid' | 'unreachable' | 'unreadable';
  /** The Credential columns to write. */
  columns: {
    status?: StoredStatus;
    statusReason?: string | null;
    checkedAt?: Date;
    region?: string | null;
    accessReport?: object;
    consecutiveFailures: number;
  };
  /** What changed (for the audit trail and alerts); null when the check changed nothing worth telling. */
  change: CredentialChange | null;
  alert: CredentialAlertType | null;
}

const readableModels = (report: AccessReport | null) =>
  new Set(Object.entries(report?.models ?? {}).filter(([, model]) => model.access === 'readable').map(([id]) => id));

function accessChange(before: HealthBefore, after: AccessReport, cluster: string | null): CredentialChange {
  const change: CredentialChange = {};
  if (before.accessReport) {
    const was = readableModels(before.accessReport);
    const now = readableModels(after);
    const gained = [...now].filter((model) => !was.has(model)).sort();
    const lost = [...was].filter((model) => !now.has(model)).sort();
    if (gained.length || lost.length) change.models = { gained, lost };
  }
  if (before.region && cluster && before.region !== cluster) change.region = { from: before.region, to: cluster };
  return change;
}

const isEmpty = (change: CredentialChange) => !change.status && !change.models && !change.region;

/**
 * What one check means for a credential: Invalid at once on Planhat's 401; Unreachable only after
 * three failed checks in a row; back to Verified on recovery; access drift (models gained or lost,
 * region moved) on a verified token; a token that cannot be opened, once.
 */
export function judgeCheck(before: HealthBefore, result: HealthResult): HealthVerdict {
  if (result.status === 'unreadable') {
    const isNew = before.lastOutcome !== 'unreadable';
    return {
      outcome: 'unreadable',
      columns: { consecutiveFailures: before.consecutiveFailures },
      change: isNew ? { status: { from: before.status, to: 'unreadable' } } : null,
      alert: isNew ? 'credential.unreadable' : null,
    };
  }
  if (result.status === 'unreachable') {
    const failures = before.consecutiveFailures + 1;
    const reason = result.reason ?? 'no answer';
    if (failures >= UNREACHABLE_AFTER && before.status !== 'unreachable') {
      return {
        outcome: 'unreachable',
        columns: { status: 'unreachable', statusReason: `Planhat could not be reached in ${failures} checks in a row: ${reason}`, consecutiveFailures: failures },
        change: { status: { from: before.status, to: 'unreachable' } },
        alert: 'credential.unreachable',
      };
    }
    const statusReason = before.status === 'unreachable' ? `Planhat could not be reached in ${failures} checks in a row: ${reason}` : `Last check could not reach Planhat: ${reason}`;
    return { outcome: 'unreachable', columns: { statusReason, consecutiveFailures: failures }, change: null, alert: null };
  }
  const checkedAt = new Date(result.checkedAt);
  if (result.status === 'invalid') {
    const changed = before.status !== 'invalid';
    return {
      outcome: 'invalid',
      columns: { status: 'invalid', statusReason: result.reason ?? 'Planhat rejected the token.', checkedAt, consecutiveFailures: 0 },
      change: changed ? { status: { from: before.status, to: 'invalid' } } : null,
      alert: changed ? 'credential.invalid' : null,
    };
  }
  const report = accessReportOf(result);
  const change = accessChange(before, report, result.cluster);
  if (before.status !== 'verified') change.status = { from: before.status, to: 'verified' };
  const recovered = before.status === 'invalid' || before.status === 'unreachable';
  const drifted = before.status === 'verified' && !isEmpty(change);
  return {
    outcome: 'verified',
    columns: { status: 'verified', statusReason: result.reason ?? null, checkedAt, region: result.cluster, accessReport: report as object, consecutiveFailures: 0 },
    change: isEmpty(change) ? null : change,
    alert: recovered ? 'credential.recovered' : drifted ? 'credential.access_changed' : null,
  };
}
