import type { CredentialChange } from '@/lib/alerts/alert';
import { isCredentialState, stateLabels } from '@/lib/credentials/credential-state';
import { modelLabel } from '@/lib/sources/model-access';
import { isPlanhatCluster, planhatRegionLabel } from '@/lib/connectors/planhat/regions';

const statusLabel = (status: string) => (isCredentialState(status) ? stateLabels[status] : status);
const regionLabel = (region: string | null) => (region === null ? 'unknown' : isPlanhatCluster(region) ? planhatRegionLabel(region) : region);
const models = (ids: string[]) => ids.map(modelLabel).join(', ');

/** A change in short sentences: "Verified → Invalid", "Can no longer read Tasks, Notes", "Region US (api) → EU (api-eu)". */
export function describeChange(change: CredentialChange): string[] {
  const lines: string[] = [];
  if (change.status) lines.push(`${statusLabel(change.status.from)} → ${statusLabel(change.status.to)}`);
  if (change.models?.lost.length) lines.push(`Can no longer read ${models(change.models.lost)}`);
  if (change.models?.gained.length) lines.push(`Can now read ${models(change.models.gained)}`);
  if (change.region) lines.push(`Region ${regionLabel(change.region.from)} → ${regionLabel(change.region.to)}`);
  return lines;
}
