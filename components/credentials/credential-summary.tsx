import type { CredentialDto } from '@/lib/credentials/dto';
import { exactTime, relativeTime } from '@/components/ui/relative-time';
import { PlanhatMark } from './planhat-mark';
import { StatusBadge } from './status-badge';
import styles from './credential-tile.module.css';

export function readsSummary(credential: CredentialDto): string {
  const report = credential.accessReport;
  return report ? `Reads ${report.readableCount} of ${report.modelCount} data models` : 'Access not checked yet';
}

/** What a tile says about a credential: mark, name, status, description, last check, access, token hint. */
export function CredentialSummary({ credential, selected = false, nameId = `tile-${credential.id}-name` }: { credential: CredentialDto; selected?: boolean; nameId?: string }) {
  return (
    <>
      <div className={styles.head}>
        <PlanhatMark />
        <div className={styles.titles}>
          <span id={nameId} className={styles.name}>
            {credential.name}
          </span>
          <span>
            <StatusBadge status={credential.status} /> {selected && <span className={styles.selectedLabel}>Selected</span>}
          </span>
        </div>
      </div>
      {credential.description ? (
        <p className={styles.description} title={credential.description}>
          {credential.description}
        </p>
      ) : (
        <span className={styles.noDescription}>No description</span>
      )}
      <dl id={`tile-${credential.id}-facts`} className={styles.facts}>
        <dt>Checked</dt>
        <dd>
          {credential.checkedAt ? (
            <time dateTime={credential.checkedAt} title={exactTime(credential.checkedAt)} suppressHydrationWarning>
              <span className={styles.relative}>{relativeTime(credential.checkedAt)}</span>
              <span className={styles.exact}>{exactTime(credential.checkedAt)}</span>
            </time>
          ) : (
            'Never'
          )}
        </dd>
        <dt>Access</dt>
        <dd>{readsSummary(credential)}</dd>
        <dt>Token</dt>
        <dd>
          <span className={styles.hint}>
            <span aria-hidden="true">•••• </span>
            <span className="visually-hidden">ends in </span>
            {credential.tokenHint}
          </span>
        </dd>
      </dl>
    </>
  );
}
