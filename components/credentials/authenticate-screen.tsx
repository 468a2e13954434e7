'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { Button, buttonClass } from '@/components/ui/button';
import { fieldStyles } from '@/components/ui/field';
import { countLabel, LoadMore } from '@/components/ui/load-more';
import { useKeepTypedBeforeHydration } from '@/components/ui/use-keep-typed-before-hydration';
import { ArrivedBanner } from '@/components/credential-requests/arrived-banner';
import { RequestButton } from '@/components/credential-requests/request-button';
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
  /** The new source or destination flow this step belongs to: a request made here brings its credential back to it. */
  flowKind?: 'source' | 'destination';
  /** A credential to start with selected: asked for in the URL, or saved through this person's request. */
  arrived?: { credential: CredentialDto; throughRequest: boolean } | null;
}

export function AuthenticateScreen({ credentials, total, hasMore, search, limit, continueTo, flowKind, arrived = null }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [selectedId, setSelectedId] = useState<string | null>(arrived?.credential.id ?? null);
  const [overlayOpen, setOverlayOpen] = useState(false);
  const [overlayWanted, setOverlayWanted] = useState(false);
  const [savedNow, setSavedNow] = useState<{ credential: CredentialDto; search: string } | null>(null);
  // The confirmation belongs to the list it was shown on: a new search hides it.
  const saved = savedNow?.search === search ? savedNow.credential : null;
  const [term, setTerm] = useState(search);
  const [searching, startSearch] = useTransition();
  const addRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  useKeepTypedBeforeHydration(searchRef, setTerm, search);

  // The just-saved credential shows at once, before the refreshed list arrives.
  const shown = arrived && !credentials.some((c) => c.id === arrived.credential.id) ? [arrived.credential, ...credentials] : credentials;
  const tiles = saved && !shown.some((c) => c.id === saved.id) ? [saved, ...shown] : shown;
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
      {arrived && !saved && <ArrivedBanner credential={arrived.credential} throughRequest={arrived.throughRequest} selected={selectedId === arrived.credential.id} />}

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
        addAlternative={<RequestButton mode={{ purpose: 'new', flowKind }} />}
      />

      {tiles.length === 0 &&
        (search ? (
          <p className={styles.empty}>
            No credentials match “{search}”. <button type="button" className={buttonClass('ghost')} onClick={() => setTerm('')}>Clear search</button>
          </p>
        ) : (
          <p className={styles.empty}>
            No Planhat credentials in this workspace yet. Use <strong>Add Credential</strong> to save your first API Access Token from Planhat, or{' '}
            <strong>Request from someone else</strong> if another person holds it.
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
