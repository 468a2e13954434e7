import type { KeyboardEvent } from 'react';
import type { CredentialDto } from '@/lib/credentials/dto';
import { exactTime, relativeTime } from '@/components/ui/relative-time';
import { PlanhatMark } from './planhat-mark';
import { StatusBadge } from './status-badge';
import styles from './credential-tile.module.css';

interface TileProps {
  credential: CredentialDto;
  selected: boolean;
  focusable: boolean;
  onSelect: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
}

export function readsSummary(credential: CredentialDto): string {
  const report = credential.accessReport;
  return report ? `Reads ${report.readableCount} of ${report.modelCount} data models` : 'Access not checked yet';
}

/** One saved credential as a selectable tile (a radio in the Authenticate screen's group). */
export function CredentialTile({ credential, selected, focusable, onSelect, onKeyDown }: TileProps) {
  return (
    <div
      role="radio"
      aria-checked={selected}
      aria-labelledby={`tile-${credential.id}-name`}
      aria-describedby={`tile-${credential.id}-facts`}
      tabIndex={focusable ? 0 : -1}
      data-credential-id={credential.id}
      className={`${styles.tile} ${selected ? styles.selected : ''}`}
      onClick={onSelect}
      onKeyDown={onKeyDown}
    >
      {selected && (
        <span className={styles.check} aria-hidden="true">
          <svg width="12" height="12" viewBox="0 0 12 12">
            <path d="M2.5 6.5 5 9l4.5-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </span>
      )}
      <div className={styles.head}>
        <PlanhatMark />
        <div className={styles.titles}>
          <span id={`tile-${credential.id}-name`} className={styles.name}>
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
    </div>
  );
}
