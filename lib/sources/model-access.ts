// Client-safe: the model picker disables what the service would refuse, with the same reason.
import { PLANHAT_MODELS, type PlanhatModelId } from '@/lib/connectors/planhat/models';
import type { ModelAccess } from '@/lib/connectors/types';

export interface ModelChoice {
  id: PlanhatModelId;
  label: string;
  readable: boolean;
  /** Why it cannot be read, in the check's own words. */
  reason?: string;
}

type WithReport = { accessReport: { models: Record<string, ModelAccess> } | null };

/**
 * What the credential's last check says about reading each model. Without a report (never checked
 * successfully) nothing is known, so nothing is ruled out: the live read will tell.
 */
export function modelChoices(credential: WithReport): ModelChoice[] {
  return PLANHAT_MODELS.map(({ id, label }) => {
    const access = credential.accessReport?.models[id];
    if (!access || access.access === 'readable') return { id, label, readable: true };
    const fallback = access.access === 'forbidden' ? 'No read permission on this model.' : 'The last check could not read this model.';
    return { id, label, readable: false, reason: access.reason ?? fallback };
  });
}

export function modelLabel(id: string): string {
  return PLANHAT_MODELS.find((model) => model.id === id)?.label ?? id;
}
