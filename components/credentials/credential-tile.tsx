import type { KeyboardEvent } from 'react';
import type { CredentialDto } from '@/lib/credentials/dto';
import { CredentialSummary } from './credential-summary';
import styles from './credential-tile.module.css';

interface TileProps {
  credential: CredentialDto;
  selected: boolean;
  focusable: boolean;
  onSelect: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
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
      {selected ? (
        <span className={styles.check} aria-hidden="true">
          <svg width="12" height="12" viewBox="0 0 12 12">
            <path d="M2.5 6.5 5 9l4.5-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </span>
      ) : (
        <span className={styles.radio} aria-hidden="true" />
      )}
      <CredentialSummary credential={credential} />
    </div>
  );
}
