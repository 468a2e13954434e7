// Client-safe: the region select in the form is built from this list.

/**
 * Planhat's API clusters. The host is always built from this allow-list and the server's URL
 * template, so no user input can choose where the token is sent.
 */
export const PLANHAT_CLUSTERS = ['api', 'api-eu', 'api-eu2', 'api-eu3', 'api-us2', 'api-us4'] as const;

export type PlanhatCluster = (typeof PLANHAT_CLUSTERS)[number];

export const AUTO_DETECT_REGION = 'auto';

export type PlanhatRegion = typeof AUTO_DETECT_REGION | PlanhatCluster;

export const PLANHAT_REGION_OPTIONS: readonly { value: PlanhatRegion; label: string }[] = [
  { value: AUTO_DETECT_REGION, label: 'Auto-detect' },
  { value: 'api', label: 'api (default, api.planhat.com)' },
  { value: 'api-eu', label: 'api-eu' },
  { value: 'api-eu2', label: 'api-eu2' },
  { value: 'api-eu3', label: 'api-eu3' },
  { value: 'api-us2', label: 'api-us2' },
  { value: 'api-us4', label: 'api-us4' },
];

export function isPlanhatCluster(value: unknown): value is PlanhatCluster {
  return typeof value === 'string' && (PLANHAT_CLUSTERS as readonly string[]).includes(value);
}
