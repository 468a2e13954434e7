import 'server-only';
import { mapWithConcurrency } from '../map-with-concurrency';
import { clusterVerdict, type ClusterVerdict } from './cluster-verdict';
import { PLANHAT_MODEL_IDS, type PlanhatModelId } from './models';
import type { PlanhatGetOutcome } from './get-outcome';
import type { PlanhatRequestOptions } from './planhat-get';
import { probeModel, provesTokenAccepted } from './probe-model';
import { PLANHAT_CLUSTERS, type PlanhatCluster, type PlanhatRegion } from './regions';

export type ClusterSearchOptions = PlanhatRequestOptions & { concurrency: number };

export type ClusterSearch = {
  /** The cluster that accepted the token, if any. */
  cluster: PlanhatCluster | null;
  /** Per-model answers from that cluster (all 11 when one was found). */
  outcomes: Partial<Record<PlanhatModelId, PlanhatGetOutcome>>;
  verdicts: Partial<Record<PlanhatCluster, ClusterVerdict>>;
};

const OTHER_CLUSTERS = PLANHAT_CLUSTERS.filter((cluster) => cluster !== 'api');

/**
 * Finds where the token lives and probes every model there. Most workspaces are on `api`, so all
 * 11 probes go there at once (one round trip when it is right). Only if `api` does not accept the
 * token do the other clusters get a single companies probe each, concurrently; the first to accept
 * wins and the remaining models are probed there. The token is never sprayed at every cluster × model.
 */
export async function findClusterAndProbe(token: string, region: PlanhatRegion, options: ClusterSearchOptions): Promise<ClusterSearch> {
  const first: PlanhatCluster = region === 'auto' ? 'api' : region;
  const firstOutcomes = await probeModels(token, first, PLANHAT_MODEL_IDS, options);
  const firstVerdict = clusterVerdict(Object.values(firstOutcomes));
  if (firstVerdict === 'accepted') return { cluster: first, outcomes: firstOutcomes, verdicts: { [first]: firstVerdict } };
  if (region !== 'auto') return { cluster: null, outcomes: {}, verdicts: { [first]: firstVerdict } };

  const race = await firstAcceptingCluster(token, options);
  const verdicts = { api: firstVerdict, ...race.verdicts };
  if (!race.cluster) return { cluster: null, outcomes: {}, verdicts };
  const remaining = PLANHAT_MODEL_IDS.filter((model) => model !== 'companies');
  const rest = await probeModels(token, race.cluster, remaining, options);
  return { cluster: race.cluster, outcomes: { companies: race.companies, ...rest }, verdicts };
}

async function probeModels(
  token: string,
  cluster: PlanhatCluster,
  models: readonly PlanhatModelId[],
  options: ClusterSearchOptions,
): Promise<Partial<Record<PlanhatModelId, PlanhatGetOutcome>>> {
  const outcomes = await mapWithConcurrency(models, options.concurrency, (model) => probeModel(token, cluster, model, options));
  return Object.fromEntries(models.map((model, index) => [model, outcomes[index]]));
}

type Race = { cluster: PlanhatCluster | null; companies?: PlanhatGetOutcome; verdicts: Partial<Record<PlanhatCluster, ClusterVerdict>> };

/** Probes the non-default clusters concurrently and settles as soon as one accepts, cancelling the rest. */
function firstAcceptingCluster(token: string, options: ClusterSearchOptions): Promise<Race> {
  const losers = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, losers.signal]) : losers.signal;
  const verdicts: Race['verdicts'] = {};
  return new Promise((resolve, reject) => {
    let pending = OTHER_CLUSTERS.length;
    for (const cluster of OTHER_CLUSTERS) {
      void probeModel(token, cluster, 'companies', { ...options, signal }).then((outcome) => {
        if (losers.signal.aborted) return;
        verdicts[cluster] = clusterVerdict([outcome]);
        if (provesTokenAccepted(outcome)) {
          losers.abort();
          resolve({ cluster, companies: outcome, verdicts: { [cluster]: 'accepted' } });
        } else if (--pending === 0) {
          resolve({ cluster: null, verdicts });
        }
      }, reject);
    }
  });
}
