import 'server-only';
import { setMaxListeners } from 'node:events';
import { buildCheckReport, type PlanhatCheckResult } from './check-report';
import { findClusterAndProbe } from './find-cluster';
import type { PlanhatRequestOptions } from './planhat-get';
import { planhatCredentialSchema, type PlanhatCredentialInput } from './spec';

export type { PlanhatCheckResult } from './check-report';

export type PlanhatCheckOptions = PlanhatRequestOptions & {
  /** Whole check, retries and region detection included. */
  deadlineMs?: number;
  /** Probes in flight at once. */
  concurrency?: number;
  now?: () => Date;
};

export const CHECK_DEFAULTS = {
  deadlineMs: 20_000,
  // Planhat allows bursts of 50 parallel requests; all 11 probes in one wave keep the check as
  // fast as its slowest probe instead of a multiple of it.
  concurrency: 11,
} as const;

/** Thrown for fields the schema rejects; lists field names and our messages, never the values. */
export class InvalidPlanhatFieldsError extends Error {
  override name = 'InvalidPlanhatFieldsError';
}

/**
 * Checks a Planhat token by reading one id from each of the 11 models, in the chosen region or
 * wherever auto-detect finds it. Remote failures become the report's status, never exceptions.
 */
export async function checkPlanhatToken(fields: PlanhatCredentialInput, options: PlanhatCheckOptions): Promise<PlanhatCheckResult> {
  const parsed = planhatCredentialSchema.safeParse(fields);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new InvalidPlanhatFieldsError(`Invalid Planhat credential fields (${problems.join('; ')})`);
  }
  const { apiAccessToken, region } = parsed.data;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), options.deadlineMs ?? CHECK_DEFAULTS.deadlineMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;
  // Every probe in flight listens on this signal; 11 at once is expected, not a leak.
  setMaxListeners(64, signal);
  try {
    const search = await findClusterAndProbe(apiAccessToken, region, {
      ...options,
      signal,
      concurrency: options.concurrency ?? CHECK_DEFAULTS.concurrency,
    });
    return buildCheckReport(search, region, (options.now ?? (() => new Date()))());
  } finally {
    clearTimeout(timer);
  }
}
