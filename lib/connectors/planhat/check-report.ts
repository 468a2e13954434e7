import 'server-only';
import type { CheckReasonCode, CredentialCheckResult, ModelAccess } from '../types';
import type { ClusterSearch } from './find-cluster';
import { modelAccessFrom } from './model-access';
import { PLANHAT_MODEL_IDS, type PlanhatModelId } from './models';
import { PLANHAT_CLUSTERS, planhatRegionLabel, type PlanhatCluster, type PlanhatRegion } from './regions';
import { PLANHAT_WRITE_ACCESS_NOTE } from './spec';

export type PlanhatCheckResult = CredentialCheckResult<PlanhatModelId> & { cluster: PlanhatCluster | null };

type Verdict = { status: PlanhatCheckResult['status']; reasonCode?: CheckReasonCode; reason?: string };

/** Assembles the report the UI shows from what the cluster search found. */
export function buildCheckReport(search: ClusterSearch, region: PlanhatRegion, checkedAt: Date): PlanhatCheckResult {
  const verdict = search.cluster ? verdictForAcceptedToken(search) : verdictWithoutCluster(search, region);
  const models = Object.fromEntries(
    PLANHAT_MODEL_IDS.map((model): [PlanhatModelId, ModelAccess] => [
      model,
      search.cluster ? modelAccessFrom(search.outcomes[model]) : { access: 'error', reason: notCheckedReason(verdict.status) },
    ]),
  ) as Record<PlanhatModelId, ModelAccess>;
  return {
    ...verdict,
    cluster: search.cluster,
    models,
    readableCount: Object.values(models).filter((entry) => entry.access === 'readable').length,
    writeAccess: 'unverifiable',
    writeAccessNote: PLANHAT_WRITE_ACCESS_NOTE,
    checkedAt: checkedAt.toISOString(),
  };
}

function verdictForAcceptedToken(search: ClusterSearch): Verdict {
  // Accepted on one model, rejected on another: most likely revoked or paused mid-check.
  // Saving it as verified would hand the user a credential that is about to fail.
  if (Object.values(search.outcomes).some((outcome) => outcome?.kind === 'unauthorized')) {
    return {
      status: 'invalid',
      reasonCode: 'token-rejected-midway',
      reason:
        'Planhat accepted this token for some models but rejected it for others. It may have just been revoked, or its service account paused. Check it in Planhat and try again.',
    };
  }
  if (Object.values(search.outcomes).every((outcome) => outcome?.kind === 'forbidden')) {
    return {
      status: 'verified',
      reason: 'Planhat accepted the token, but it cannot read any of the data models. Grant its service account read permissions in Planhat.',
    };
  }
  return { status: 'verified' };
}

function verdictWithoutCluster(search: ClusterSearch, region: PlanhatRegion): Verdict {
  const clusters: readonly PlanhatCluster[] = region === 'auto' ? PLANHAT_CLUSTERS : [region];
  const verdicts = clusters.map((cluster) => search.verdicts[cluster] ?? 'no-answer');
  // "Invalid" is a strong claim, so it needs a 401 from every cluster the token could live on;
  // a silent cluster might be the right one.
  if (verdicts.every((verdict) => verdict === 'rejected')) {
    return {
      status: 'invalid',
      reasonCode: 'invalid-token',
      reason:
        region === 'auto'
          ? 'Planhat did not accept this token in any region. Check that you copied the whole token and that its service account is active.'
          : `Planhat did not accept this token in the ${planhatRegionLabel(region)} region. A token only works in its own region: choose Auto-detect if you are not sure, or check the token.`,
    };
  }
  if (verdicts.includes('rate-limited')) {
    return {
      status: 'unreachable',
      reasonCode: 'rate-limited',
      reason: 'Planhat is limiting how many requests it accepts right now (HTTP 429), so the token could not be checked. Wait a minute and try again, or save it without verifying.',
    };
  }
  if (verdicts.includes('server-error')) {
    return {
      status: 'unreachable',
      reasonCode: 'planhat-error',
      reason: 'Planhat answered with a server error (HTTP 5xx), so it could not say whether this token works. The problem is on Planhat’s side, not with your token. Try again in a few minutes, or save it without verifying.',
    };
  }
  if (verdicts.includes('timeout')) {
    return {
      status: 'unreachable',
      reasonCode: 'timeout',
      reason: 'Planhat did not answer in time, so the token could not be checked. Try again, or save it without verifying.',
    };
  }
  if (verdicts.includes('rejected')) {
    return {
      status: 'unreachable',
      reasonCode: 'region-unknown',
      reason: 'The Planhat regions that answered did not accept this token, and the others could not be reached. Try again, or choose your workspace’s region under Planhat region.',
    };
  }
  return {
    status: 'unreachable',
    reasonCode: 'unreachable',
    reason: 'Could not connect to Planhat, so the token could not be checked. Check that this server can reach planhat.com, then try again, or save it without verifying.',
  };
}

function notCheckedReason(status: PlanhatCheckResult['status']): string {
  return status === 'invalid' ? 'Not checked: Planhat did not accept the token.' : 'Not checked: Planhat could not be reached.';
}
