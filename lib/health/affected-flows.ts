import type { AffectedFlow, CredentialChange } from '@/lib/alerts/alert';

export interface Flows {
  sources: AffectedFlow[];
  destinations: AffectedFlow[];
}

/**
 * The sources and destinations a change breaks or may break: all of them when the status or region
 * changed (or nothing is known), only those on a lost data model when access narrowed, none when
 * access only grew.
 */
export function affectedFlows(change: CredentialChange | null, flows: Flows): Flows {
  if (!change || change.status || change.region || !change.models) return flows;
  const lost = new Set(change.models.lost);
  return { sources: flows.sources.filter((flow) => lost.has(flow.model)), destinations: flows.destinations.filter((flow) => lost.has(flow.model)) };
}
