// Client-safe: the region select in the form is built from this list.

/**
 * Planhat's API clusters. The host is always built from this allow-list and the server's URL
 * template, so no user input can choose where the token is sent.
 */
export const PLANHAT_CLUSTERS = ['api', 'api-eu', 'api-eu2', 'api-eu3', 'api-us2', 'api-us4'] as const;

export type PlanhatCluster = (typeof PLANHAT_CLUSTERS)[number];

export const AUTO_DETECT_REGION = 'auto';

export type PlanhatRegion = typeof AUTO_DETECT_REGION | PlanhatCluster;

const REGION_NAMES: Record<PlanhatCluster, string> = {
  api: 'US',
  'api-eu': 'EU',
  'api-eu2': 'EU 2',
  'api-eu3': 'EU 3',
  'api-us2': 'US 2',
  'api-us4': 'US 4',
};

/** "US (api)": the region people know, with the cluster Planhat's docs and URLs use. */
export function planhatRegionLabel(cluster: PlanhatCluster): string {
  return `${REGION_NAMES[cluster]} (${cluster})`;
}

export const PLANHAT_REGION_OPTIONS: readonly { value: PlanhatRegion; label: string }[] = [
  { value: AUTO_DETECT_REGION, label: 'Auto-detect (recommended)' },
  ...PLANHAT_CLUSTERS.map((cluster) => ({ value: cluster, label: `${planhatRegionLabel(cluster)} · ${cluster}.planhat.com` })),
];

export function isPlanhatCluster(value: unknown): value is PlanhatCluster {
  return typeof value === 'string' && (PLANHAT_CLUSTERS as readonly string[]).includes(value);
}
