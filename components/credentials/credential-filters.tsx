'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
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
  const typing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const go = (next: { q?: string; status?: string; sort?: string }) => {
    const params = new URLSearchParams();
    const values = { q: term.trim(), status, sort, ...next };
    for (const [key, value] of Object.entries(values)) if (value && !(key === 'sort' && value === 'newest')) params.set(key, value);
    startTransition(() => router.replace(`${pathname}${params.size ? `?${params}` : ''}`, { scroll: false }));
  };

  // Searches as the person types, once they pause; only typing does, so Clear filters is not undone.
  const type = (value: string) => {
    setTerm(value);
    clearTimeout(typing.current);
    typing.current = setTimeout(() => go({ q: value.trim() }), 250);
  };
  useKeepTypedBeforeHydration(searchRef, type, search);

  return (
    <form role="search" className={styles.filters} onSubmit={(event) => event.preventDefault()} aria-busy={pending}>
      <div className={styles.search}>
        <svg className={styles.searchIcon} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="m11 11 3.5 3.5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        <input ref={searchRef} type="search" aria-label="Search" className={fieldStyles.input} value={term} placeholder="Search by name or description" onChange={(e) => type(e.target.value)} />
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
        <Link
          href={clearHref}
          className={styles.clear}
          scroll={false}
          onClick={() => {
            clearTimeout(typing.current);
            setTerm('');
          }}
        >
          Clear filters
        </Link>
      )}
    </form>
  );
}
