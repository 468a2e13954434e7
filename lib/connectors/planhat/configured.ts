import 'server-only';
import { getEnv } from '@/lib/env';
import { checkPlanhatToken, type PlanhatCheckOptions, type PlanhatCheckResult } from './check-planhat-token';
import { readRecords, type ReadRecordsParams, type ReadRecordsResult } from './read-records';
import type { PlanhatCredentialInput } from './spec';

type Overrides = Omit<PlanhatCheckOptions, 'urlTemplate'>;

/** checkPlanhatToken against the host the server is configured for (PLANHAT_API_URL_TEMPLATE). */
export function checkPlanhatCredential(fields: PlanhatCredentialInput, overrides: Overrides = {}): Promise<PlanhatCheckResult> {
  return checkPlanhatToken(fields, { ...overrides, urlTemplate: getEnv().PLANHAT_API_URL_TEMPLATE });
}

/** readRecords against the configured host. */
export function readPlanhatRecords(params: ReadRecordsParams, overrides: Overrides = {}): Promise<ReadRecordsResult> {
  return readRecords(params, { ...overrides, urlTemplate: getEnv().PLANHAT_API_URL_TEMPLATE });
}
