import { RelativeTime } from '@/components/ui/relative-time';
import type { CredentialDto } from '@/lib/credentials/dto';
import { isPlanhatCluster, planhatRegionLabel } from '@/lib/connectors/planhat/regions';
import { credentialState, stateLabels } from '@/lib/credentials/credential-state';
import { TokenHint } from './credential-summary';
import styles from './credential-detail.module.css';

export function CredentialFacts({ credential }: { credential: CredentialDto }) {
  return (
    <dl className={styles.facts}>
      <dt>Description</dt>
      <dd>{credential.description || <span className="muted">None</span>}</dd>
      <dt>Connector</dt>
      <dd>Planhat</dd>
      <dt>Region</dt>
      <dd>{isPlanhatCluster(credential.region) ? planhatRegionLabel(credential.region) : <span className="muted">Not detected yet</span>}</dd>
      <dt>Status</dt>
      <dd>
        {stateLabels[credentialState(credential)]}
        {credential.statusReason ? `: ${credential.statusReason}` : ''}
      </dd>
      <dt>Last checked</dt>
      <dd>{credential.checkedAt ? <RelativeTime iso={credential.checkedAt} /> : 'Never'}</dd>
      <dt>Last used</dt>
      <dd>{credential.lastUsedAt ? <RelativeTime iso={credential.lastUsedAt} /> : 'Never'}</dd>
      <dt>Created</dt>
      <dd>
        <RelativeTime iso={credential.createdAt} />
        {credential.createdBy ? ` by ${credential.createdBy.name}` : ''}
      </dd>
      <dt>Updated</dt>
      <dd>
        <RelativeTime iso={credential.updatedAt} />
      </dd>
      <dt>Token</dt>
      <dd>
        <TokenHint hint={credential.tokenHint} />
      </dd>
    </dl>
  );
}
