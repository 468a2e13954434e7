import 'server-only';
import type { PlanhatGetOutcome } from './get-outcome';
import { provesTokenAccepted } from './probe-model';

/** What one cluster told us about the token, strongest evidence first. */
export type ClusterVerdict = 'accepted' | 'rejected' | 'rate-limited' | 'timeout' | 'server-error' | 'no-answer';

export function clusterVerdict(outcomes: readonly PlanhatGetOutcome[]): ClusterVerdict {
  if (outcomes.some(provesTokenAccepted)) return 'accepted';
  // Planhat answers 401 both for bad tokens and for tokens from another cluster.
  if (outcomes.some((outcome) => outcome.kind === 'unauthorized')) return 'rejected';
  if (outcomes.some((outcome) => outcome.kind === 'rate-limited')) return 'rate-limited';
  if (outcomes.some((outcome) => outcome.kind === 'timeout' || outcome.kind === 'aborted')) return 'timeout';
  if (outcomes.some((outcome) => outcome.kind === 'http-error' && outcome.status >= 500)) return 'server-error';
  return 'no-answer';
}
