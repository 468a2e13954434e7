'use client';

import { useRef, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import type { CredentialDto } from '@/lib/credentials/dto';
import { CredentialTile } from './credential-tile';
import styles from './credential-grid.module.css';

interface GridProps {
  credentials: CredentialDto[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onAdd: () => void;
  /** The pointer or focus reached Add Credential: a good moment to fetch the overlay's code. */
  onAddIntent: () => void;
  addRef: Ref<HTMLButtonElement>;
  /** Shown under the Add Credential tile, e.g. "Request from someone else". */
  addAlternative?: ReactNode;
}

const nextKeys: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * The Add Credential tile, then the saved credentials as a single-select group: click, Enter or
 * Space selects; arrow keys move between tiles; one tile is in the tab order (roving tabindex).
 */
export function CredentialGrid({ credentials, selectedId, onSelect, onAdd, onAddIntent, addRef, addAlternative }: GridProps) {
  const groupRef = useRef<HTMLDivElement>(null);
  const focusableId = credentials.some((c) => c.id === selectedId) ? selectedId : credentials[0]?.id;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>, index: number) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(credentials[index]!.id);
      return;
    }
    const step = nextKeys[event.key] ?? (event.key === 'Home' ? -index : event.key === 'End' ? credentials.length - 1 - index : 0);
    if (!step) return;
    event.preventDefault();
    const target = Math.min(credentials.length - 1, Math.max(0, index + step));
    const tiles = groupRef.current?.querySelectorAll<HTMLElement>('[role="radio"]');
    tiles?.forEach((tile, i) => (tile.tabIndex = i === target ? 0 : -1));
    tiles?.[target]?.focus();
  }

  return (
    <div className={styles.grid}>
      <div className={styles.addCell}>
        <button type="button" ref={addRef} className={styles.add} onClick={onAdd} onPointerEnter={onAddIntent} onFocus={onAddIntent} aria-haspopup="dialog" aria-label="Add Credential" aria-describedby="add-credential-hint">
          <span className={styles.plus} aria-hidden="true">
            <svg width="18" height="18" viewBox="0 0 18 18">
              <path d="M9 3v12M3 9h12" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </span>
          Add Credential
          <span id="add-credential-hint" className={styles.addHint}>Save a new Planhat API Access Token</span>
        </button>
        {addAlternative}
      </div>
      <div ref={groupRef} role="radiogroup" aria-label="Saved Planhat credentials" className={styles.group}>
        {credentials.map((credential, index) => (
          <CredentialTile
            key={credential.id}
            credential={credential}
            selected={credential.id === selectedId}
            focusable={credential.id === focusableId}
            onSelect={() => onSelect(credential.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          />
        ))}
      </div>
    </div>
  );
}
