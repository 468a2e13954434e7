import 'server-only';
import { getServerConnector } from '@/lib/connectors/server-registry';
import type { PlanhatCheckResult } from '@/lib/connectors/planhat/check-planhat-token';
import type { PlanhatRegion } from '@/lib/connectors/planhat/regions';
import type { AccessReport } from './dto';

export type CheckResult = PlanhatCheckResult;

/** Asks Planhat what the token can do; the region is a cluster from the allow-list or 'auto'. */
export function runCheck(token: string, region: PlanhatRegion | string | null): Promise<CheckResult> {
  return getServerConnector('planhat').checkConfigured({ apiAccessToken: token, region: (region ?? 'auto') as PlanhatRegion });
}

export function accessReportOf(result: CheckResult): AccessReport {
  return {
    models: result.models,
    readableCount: result.readableCount,
    modelCount: Object.keys(result.models).length,
    writeAccessNote: result.writeAccessNote,
  };
}

/** The columns a finished check writes: status, reason, time, and (when the token worked) region and report. */
export function checkColumns(result: CheckResult) {
  const status = result.status === 'verified' ? 'verified' : result.status === 'invalid' ? 'invalid' : 'not_verified';
  return {
    status,
    statusReason: result.reason ?? null,
    checkedAt: new Date(result.checkedAt),
    ...(result.status === 'verified' ? { region: result.cluster, accessReport: accessReportOf(result) as object } : {}),
  } as const;
}
