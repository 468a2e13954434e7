import 'server-only';
import { modelAccessFrom } from './model-access';
import { getPlanhatModel, type PlanhatModelId } from './models';
import type { PlanhatGetOutcome } from './get-outcome';
import { planhatGet, type PlanhatRequestOptions } from './planhat-get';
import type { PlanhatCluster } from './regions';

/** The cheapest safe read: one id from the model's list endpoint (what public connectors use too). */
export async function probeModel(
  token: string,
  cluster: PlanhatCluster,
  model: PlanhatModelId,
  options: PlanhatRequestOptions,
): Promise<PlanhatGetOutcome> {
  const outcome = await planhatGet({ token, cluster, path: getPlanhatModel(model).path, query: { limit: 1, select: '_id' } }, options);
  // A probe cancelled because another region won says nothing about this one.
  if (outcome.kind !== 'aborted') {
    options.onProbe?.({ cluster, model, answer: outcome.kind === 'unauthorized' ? 'rejected' : modelAccessFrom(outcome).access });
  }
  return outcome;
}

/**
 * Whether an answer proves the token is valid on that cluster. A 403 does (Planhat knew the token,
 * it just may not read this model); a 200 only when it carries the list we asked for.
 */
export function provesTokenAccepted(outcome: PlanhatGetOutcome): boolean {
  return outcome.kind === 'forbidden' || (outcome.kind === 'ok' && Array.isArray(outcome.body));
}
