// Client-safe: the check report and the form list these models in this order.

/** The 11 Planhat data models the connector reads; the id doubles as the list endpoint's path segment. */
export const PLANHAT_MODELS = [
  { id: 'companies', label: 'Companies', path: '/companies' },
  { id: 'endusers', label: 'End Users', path: '/endusers' },
  { id: 'licenses', label: 'Licenses', path: '/licenses' },
  { id: 'nps', label: 'NPS', path: '/nps' },
  { id: 'conversations', label: 'Conversations', path: '/conversations' },
  { id: 'tickets', label: 'Tickets', path: '/tickets' },
  { id: 'tasks', label: 'Tasks', path: '/tasks' },
  { id: 'issues', label: 'Issues', path: '/issues' },
  { id: 'invoices', label: 'Invoices', path: '/invoices' },
  { id: 'opportunities', label: 'Opportunities', path: '/opportunities' },
  // Planhat spells this endpoint in the singular.
  { id: 'churn', label: 'Churn', path: '/churn' },
] as const;

export type PlanhatModel = (typeof PLANHAT_MODELS)[number];
export type PlanhatModelId = PlanhatModel['id'];

export const PLANHAT_MODEL_IDS = PLANHAT_MODELS.map((model) => model.id) as [PlanhatModelId, ...PlanhatModelId[]];

export function isPlanhatModelId(value: unknown): value is PlanhatModelId {
  return typeof value === 'string' && (PLANHAT_MODEL_IDS as readonly string[]).includes(value);
}

export function getPlanhatModel(id: PlanhatModelId): PlanhatModel {
  const model = PLANHAT_MODELS.find((candidate) => candidate.id === id);
  if (!model) throw new Error(`Unknown Planhat model: ${id}`);
  return model;
}
