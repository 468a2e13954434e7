import 'server-only';
import { getServerConnector } from '@/lib/connectors/server-registry';
import type { PlanhatCheckResult } from '@/lib/connectors/planhat/check-planhat-token';
import type { ProbeEvent } from '@/lib/connectors/types';
import type { PlanhatRegion } from '@/lib/connectors/planhat/regions';
import { getMetrics } from '@/lib/observability/metrics.js';
import type { AccessReport } from './dto';

export type CheckResult = PlanhatCheckResult;

/** Asks Planhat what the token can do; the region is a cluster from the allow-list or 'auto'. */
export async function runCheck(token: string, region: PlanhatRegion | string | null, onProbe?: (event: ProbeEvent) => void): Promise<CheckResult> {
  const result = await getServerConnector('planhat').checkConfigured({ apiAccessToken: token, region: (region ?? 'auto') as PlanhatRegion }, { onProbe });
  const metrics = getMetrics();
  if (metrics.enabled) metrics.credentialChecks.inc({ connector: 'planhat', outcome: result.status });
  return result;
}

export function accessReportOf(result: CheckResult): AccessReport {
  return {
    models: result.models,
    readableCount: result.readableCount,
    modelCount: Object.keys(result.models).length,
    writeAccessNote: result.writeAccessNote,
  };
}

/**
 * The columns a finished check writes. Verified: status, time, region and report. Invalid: status,
 * reason and time. Unreachable proves nothing about the token, so only the reason changes.
 */
export function checkColumns(result: CheckResult) {
  if (result.status === 'unreachable') return { statusReason: `Last check could not reach Planhat: ${result.reason ?? 'no answer'}` };
  const checkedAt = new Date(result.checkedAt);
  if (result.status === 'invalid') return { status: 'invalid', statusReason: result.reason ?? 'Planhat rejected the token.', checkedAt } as const;
  return { status: 'verified', statusReason: result.reason ?? null, checkedAt, region: result.cluster, accessReport: accessReportOf(result) as object } as const;
}
