'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { Button, buttonClass } from '@/components/ui/button';
import { fieldStyles } from '@/components/ui/field';
import { countLabel, LoadMore } from '@/components/ui/load-more';
import { useKeepTypedBeforeHydration } from '@/components/ui/use-keep-typed-before-hydration';
import type { CredentialDto } from '@/lib/credentials/dto';
import { CredentialGrid } from './credential-grid';
import { LazyAddCredentialOverlay, loadAddCredentialOverlay } from './lazy-add-credential-overlay';
import { SavedBanner } from './saved-banner';
import styles from './authenticate-screen.module.css';

const PAGE_STEP = 24;

interface Props {
  credentials: CredentialDto[];
  total: number;
  hasMore: boolean;
  search: string;
  limit: number;
  /** Where Continue goes; the chosen credential's id is added as ?credential=. */
  continueTo: string;
}

export function AuthenticateScreen({ credentials, total, hasMore, search, limit, continueTo }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [overlayOpen, setOverlayOpen] = useState(false);
  const [overlayWanted, setOverlayWanted] = useState(false);
  const [savedNow, setSavedNow] = useState<{ credential: CredentialDto; search: string } | null>(null);
  // The confirmation belongs to the list it was shown on: a new search hides it.
  const saved = savedNow?.search === search ? savedNow.credential : null;
  const [term, setTerm] = useState(search);
  const [searching, startSearch] = useTransition();
  const addRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  useKeepTypedBeforeHydration(searchRef, setTerm);

  // The just-saved credential shows at once, before the refreshed list arrives.
  const tiles = saved && !credentials.some((c) => c.id === saved.id) ? [saved, ...credentials] : credentials;
  const selected = tiles.find((c) => c.id === selectedId) ?? null;

  useEffect(() => {
    if (term === search) return;
    const timer = setTimeout(() => {
      const query = term.trim() ? `?q=${encodeURIComponent(term.trim())}` : '';
      startSearch(() => router.replace(`${pathname}${query}`, { scroll: false }));
    }, 250);
    return () => clearTimeout(timer);
  }, [term, search, pathname, router]);

  const moreHref = `${pathname}?${new URLSearchParams({ ...(search && { q: search }), limit: String(limit + PAGE_STEP) })}`;

  return (
    <div className={styles.screen}>
      <div className={styles.toolbar}>
        <form role="search" className={styles.search} onSubmit={(event) => event.preventDefault()}>
          <label htmlFor="credential-search" className="visually-hidden">
            Search credentials
          </label>
          <svg className={styles.searchIcon} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="1.6" />
            <path d="m11 11 3.5 3.5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
          <input
            id="credential-search"
            ref={searchRef}
            type="search"
            className={fieldStyles.input}
            placeholder="Search by name or description"
            value={term}
            onChange={(event) => setTerm(event.target.value)}
          />
        </form>
        <span className={styles.count} aria-live="polite">
          {searching ? 'Searching...' : `${countLabel(credentials.length, total, 'credential', 'credentials')}${search ? ` matching “${search}”` : ''}`}
        </span>
      </div>

      {saved && <SavedBanner credential={saved} selected={selectedId === saved.id} />}

      <CredentialGrid
        credentials={tiles}
        selectedId={selectedId}
        onSelect={setSelectedId}
        onAdd={() => {
          setOverlayWanted(true);
          setOverlayOpen(true);
        }}
        onAddIntent={() => void loadAddCredentialOverlay()}
        addRef={addRef}
      />

      {tiles.length === 0 &&
        (search ? (
          <p className={styles.empty}>
            No credentials match “{search}”. <button type="button" className={buttonClass('ghost')} onClick={() => setTerm('')}>Clear search</button>
          </p>
        ) : (
          <p className={styles.empty}>
            No Planhat credentials in this workspace yet. Use <strong>Add Credential</strong> to save your first API Access Token from Planhat.
          </p>
        ))}

      {hasMore && <LoadMore shown={credentials.length} total={total} step={PAGE_STEP} href={moreHref} noun="credentials" />}

      <div className={styles.actions}>
        <span className={styles.choice} aria-live="polite">
          {selected ? `Selected: ${selected.name}` : 'Select a credential to continue.'}
        </span>
        <Button
          variant="primary"
          disabled={!selected}
          onClick={() => selected && router.push(`${continueTo}?credential=${encodeURIComponent(selected.id)}`)}
        >
          Continue
        </Button>
      </div>

      {overlayWanted && (
        <LazyAddCredentialOverlay
          open={overlayOpen}
          returnFocusTo={addRef}
          onClose={() => setOverlayOpen(false)}
          onSaved={(credential) => {
            setSavedNow({ credential, search });
            setSelectedId(credential.id);
            router.refresh();
          }}
        />
      )}
    </div>
  );
}
