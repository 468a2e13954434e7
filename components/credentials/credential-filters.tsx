'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { fieldStyles } from '@/components/ui/field';
import { useKeepTypedBeforeHydration } from '@/components/ui/use-keep-typed-before-hydration';
import { CREDENTIAL_STATES, stateLabels } from '@/lib/credentials/credential-state';
import styles from './credential-filters.module.css';

const sorts = [
  ['newest', 'Newest first'],
  ['name', 'Name'],
  ['checked', 'Last checked'],
  ['status', 'Status: problems first'],
] as const;

interface FiltersProps {
  search: string;
  status: string;
  sort: string;
  /** Where "Clear filters" goes; null when nothing is filtered. */
  clearHref: string | null;
}

/** Search, status filter and sort for the Credentials page, kept in the URL and applied on the server. */
export function CredentialFilters({ search, status, sort, clearHref }: FiltersProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [term, setTerm] = useState(search);
  const [pending, startTransition] = useTransition();
  const searchRef = useRef<HTMLInputElement>(null);
  useKeepTypedBeforeHydration(searchRef, setTerm);

  const go = (next: { q?: string; status?: string; sort?: string }) => {
    const params = new URLSearchParams();
    const values = { q: term.trim(), status, sort, ...next };
    for (const [key, value] of Object.entries(values)) if (value && !(key === 'sort' && value === 'newest')) params.set(key, value);
    startTransition(() => router.replace(`${pathname}${params.size ? `?${params}` : ''}`, { scroll: false }));
  };

  useEffect(() => {
    if (term.trim() === search) return;
    const timer = setTimeout(() => go({ q: term.trim() }), 250);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the typed term triggers a search
  }, [term]);

  return (
    <form role="search" className={styles.filters} onSubmit={(event) => event.preventDefault()} aria-busy={pending}>
      <div className={styles.search}>
        <svg className={styles.searchIcon} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="m11 11 3.5 3.5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        <input ref={searchRef} type="search" aria-label="Search" className={fieldStyles.input} value={term} placeholder="Search by name or description" onChange={(e) => setTerm(e.target.value)} />
      </div>
      <div className={styles.field}>
        <select className={fieldStyles.input} aria-label="Status" value={status} onChange={(e) => go({ status: e.target.value })}>
          <option value="">All statuses</option>
          {CREDENTIAL_STATES.map((state) => (
            <option key={state} value={state}>
              {stateLabels[state]}
            </option>
          ))}
        </select>
      </div>
      <div className={`${styles.field} ${styles.sort}`}>
        <select className={fieldStyles.input} aria-label="Sort by" value={sort} onChange={(e) => go({ sort: e.target.value })}>
          {sorts.map(([value, label]) => (
            <option key={value} value={value}>
              Sort: {label}
            </option>
          ))}
        </select>
      </div>
      {clearHref && (
        <Link href={clearHref} className={styles.clear} onClick={() => setTerm('')} scroll={false}>
          Clear filters
        </Link>
      )}
    </form>
  );
}
