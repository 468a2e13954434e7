import 'server-only';
import type { PlanhatCredentialFields } from '@/lib/connectors/planhat/spec';
import type { ProbeEvent } from '@/lib/connectors/types';
import { runCheck, type CheckResult } from './run-check';

export interface TokenVetting {
  fields: PlanhatCredentialFields;
  /** false: "Save without verifying". */
  verify: boolean;
  /** The person saw the warning and chose to go on. */
  confirmed?: { duplicateToken?: boolean; noReadAccess?: boolean };
  /** Told of each of Planhat's answers as the check goes (the overlay's live checklist). */
  onProbe?: (event: ProbeEvent) => void;
}

export type TokenProblem =
  | { ok: false; problem: 'duplicate-token'; existingName: string }
  | { ok: false; problem: 'invalid-token' | 'unreachable'; check: CheckResult }
  | { ok: false; problem: 'no-read-access'; check: CheckResult };

/**
 * What both saving a new credential and replacing a token ask before storing a token: is it
 * saved already under another credential (`twinName`, from findClashes), does Planhat accept it,
 * can it read anything?
 */
export async function vetToken(input: TokenVetting, twinName: string | null): Promise<{ ok: true; check: CheckResult | null } | TokenProblem> {
  if (twinName !== null && !input.confirmed?.duplicateToken) return { ok: false, problem: 'duplicate-token', existingName: twinName };
  if (!input.verify) return { ok: true, check: null };
  const check = await runCheck(input.fields.apiAccessToken, input.fields.region, input.onProbe);
  if (check.status !== 'verified') return { ok: false, problem: check.status === 'invalid' ? 'invalid-token' : 'unreachable', check };
  if (check.readableCount === 0 && !input.confirmed?.noReadAccess) return { ok: false, problem: 'no-read-access', check };
  return { ok: true, check };
}

export const UNVERIFIED_COLUMNS = { status: 'not_verified', statusReason: 'Saved without verifying with Planhat.' } as const;
