// What the recipient's page gets back from the service (lib/credential-requests/open-link.ts, submit-link.ts).
import type { PlanhatCredentialFields } from '@/lib/connectors/planhat/spec';
import type { ProbeEvent } from '@/lib/connectors/types';
import type { CheckResult } from '@/lib/credentials/run-check';
import type { RequestLinkDone, RequestLinkView } from './request-dto';

/** Who is using the link: only the address, for rate limits and the credential's history. */
export interface LinkClient {
  address: string | null;
}

/**
 * invalid: unknown, expired, revoked, spent or locked, all alike so links cannot be probed;
 * malformed: not a link's secret at all (cut off when copied); rate-limited: too many tries from
 * this address or on this link.
 */
export type LinkRefusal =
  | { ok: false; problem: 'invalid-link' }
  | { ok: false; problem: 'malformed-link' }
  | { ok: false; problem: 'rate-limited'; retryAfterSeconds: number };

export type OpenOutcome = { ok: true; view: RequestLinkView } | LinkRefusal;

export interface LinkSubmission {
  /** Ignored for a replacement request (the credential keeps its name and description). */
  name: string;
  description: string;
  fields: PlanhatCredentialFields;
  /** false: "Save without verifying", after Planhat could not be reached. */
  verify: boolean;
  confirmed?: { noReadAccess?: boolean };
  onProbe?: (event: ProbeEvent) => void;
}

export type SubmitOutcome =
  | { ok: true; done: RequestLinkDone }
  | LinkRefusal
  /** Another save through this link is under way (a second window): try again in a moment. */
  | { ok: false; problem: 'busy' }
  /** This was the 10th wrong token: the link is locked and the requester told. */
  | { ok: false; problem: 'locked'; requesterName: string }
  | { ok: false; problem: 'duplicate-name' }
  /** A new credential needs a name the schemas accept (the form checks it first; this is the server's word). */
  | { ok: false; problem: 'invalid-name'; message: string }
  | { ok: false; problem: 'invalid-token'; check: CheckResult; attemptsLeft: number }
  | { ok: false; problem: 'unreachable' | 'no-read-access'; check: CheckResult };
