// Client-safe: the UI renders forms and check reports from these shapes, so nothing here may touch the server.
import type { z } from 'zod';

export type FieldOption = { value: string; label: string };

/** One input of a credential form; the overlay renders these in order. */
export type CredentialFieldSpec = {
  name: string;
  label: string;
  helpText: string;
  /** Secret fields are never echoed back, logged, or pre-filled. */
  secret: boolean;
  inputType: 'password' | 'text' | 'select';
  options?: readonly FieldOption[];
  defaultValue?: string;
  /** Step-by-step instructions shown behind a disclosure, e.g. "How to get a token". */
  guide?: { summary: string; steps: readonly string[]; note?: string };
};

/** What the UI needs to draw a connector's Authenticate step. */
export type ConnectorSpec<Schema extends z.ZodType = z.ZodType> = {
  id: string;
  displayName: string;
  fields: readonly CredentialFieldSpec[];
  /** Shared by the client resolver and the server action. */
  schema: Schema;
  regions?: readonly FieldOption[];
  models?: readonly { id: string; label: string }[];
};

export type ModelAccess = {
  access: 'readable' | 'forbidden' | 'error';
  /** Our own short sentence; never the remote service's body. */
  reason?: string;
};

/**
 * One answer during a check, as it arrives, for a live checklist. `rejected`: the token is not
 * valid on that cluster (Planhat's 401). Never carries anything Planhat said.
 */
export type ProbeEvent = { cluster: string; model: string; answer: ModelAccess['access'] | 'rejected' };

/** Why a check did not end in 'verified'; lets the UI pick its next step ("Try again", "Save without verifying"). */
export const CHECK_REASON_CODES = [
  'invalid-token',
  'token-rejected-midway',
  'rate-limited',
  'timeout',
  // Planhat answered 5xx: an outage on its side, nothing to say about the token.
  'planhat-error',
  // Some regions rejected the token and the others could not be asked: most likely the wrong region.
  'region-unknown',
  'unreachable',
] as const;
export type CheckReasonCode = (typeof CHECK_REASON_CODES)[number];

export type CredentialCheckResult<ModelId extends string = string> = {
  status: 'verified' | 'invalid' | 'unreachable';
  /** The cluster that accepted the token, when one did. */
  cluster: string | null;
  models: Record<ModelId, ModelAccess>;
  readableCount: number;
  writeAccess: 'unverifiable';
  writeAccessNote: string;
  /** ISO 8601. */
  checkedAt: string;
  reason?: string;
  reasonCode?: CheckReasonCode;
};
