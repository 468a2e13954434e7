// What the double knows about Planhat's API shape, written from PLANHAT_API.md independently of
// lib/connectors, so a typo in the app's model list shows up as a failing test instead of being mirrored.

export const DOUBLE_CLUSTERS = ['api', 'api-eu', 'api-eu2', 'api-eu3', 'api-us2', 'api-us4'] as const;
export type DoubleCluster = (typeof DOUBLE_CLUSTERS)[number];

/** Path segment of each list endpoint (also the model id the control API takes). */
export const DOUBLE_MODELS = [
  'companies',
  'endusers',
  'licenses',
  'nps',
  'conversations',
  'tickets',
  'tasks',
  'issues',
  'invoices',
  'opportunities',
  'churn',
] as const;
export type DoubleModel = (typeof DOUBLE_MODELS)[number];

export const DEFAULT_LIMIT = 100;

/** Page-size ceilings public clients rely on. */
export function maxLimitFor(model: DoubleModel): number {
  return model === 'companies' ? 5000 : 2000;
}

export function isDoubleCluster(value: unknown): value is DoubleCluster {
  return typeof value === 'string' && (DOUBLE_CLUSTERS as readonly string[]).includes(value);
}

export function isDoubleModel(value: unknown): value is DoubleModel {
  return typeof value === 'string' && (DOUBLE_MODELS as readonly string[]).includes(value);
}
