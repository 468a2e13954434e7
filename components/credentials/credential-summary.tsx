import type { CredentialDto } from '@/lib/credentials/dto';
import { RelativeTime } from '@/components/ui/relative-time';
import { PlanhatMark } from './planhat-mark';
import { StatusBadge } from './status-badge';
import styles from './credential-tile.module.css';

export function readsSummary(credential: Pick<CredentialDto, 'accessReport'>): string {
  const report = credential.accessReport;
  return report ? `Reads ${report.readableCount} of ${report.modelCount} data models` : 'Not checked yet';
}

/** What a tile says about a credential: mark, name, status, description, last check, access, token hint. */
export function CredentialSummary({ credential, nameId = `tile-${credential.id}-name` }: { credential: CredentialDto; nameId?: string }) {
  return (
    <>
      <div className={styles.head}>
        <PlanhatMark />
        <div className={styles.titles}>
          <span id={nameId} className={`${styles.name} clamp-2`} title={credential.name}>
            {credential.name}
          </span>
          <span>
            <StatusBadge credential={credential} />
          </span>
        </div>
      </div>
      {credential.description ? (
        <p className={`${styles.description} clamp-2`} title={credential.description}>
          {credential.description}
        </p>
      ) : (
        <span className={styles.noDescription}>No description</span>
      )}
      <dl id={`tile-${credential.id}-facts`} className={styles.facts}>
        <dt>Checked</dt>
        <dd>{credential.checkedAt ? <RelativeTime iso={credential.checkedAt} /> : 'Never'}</dd>
        <dt>Access</dt>
        <dd>{readsSummary(credential)}</dd>
        <dt>Token</dt>
        <dd>
          <TokenHint hint={credential.tokenHint} />
        </dd>
      </dl>
    </>
  );
}

/** "•••• 8a2d": the last four characters, all that is ever shown of a token. */
export function TokenHint({ hint }: { hint: string }) {
  return (
    <span className={styles.hint}>
      <span aria-hidden="true">•••• </span>
      <span className="visually-hidden">ends in </span>
      {hint}
    </span>
  );
}
