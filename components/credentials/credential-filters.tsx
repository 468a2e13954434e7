'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { fieldStyles } from '@/components/ui/field';
import { useKeepTypedBeforeHydration } from '@/components/ui/use-keep-typed-before-hydration';
import styles from './credential-filters.module.css';

const statuses = [
  ['', 'All statuses'],
  ['verified', 'Verified'],
  ['not_verified', 'Not verified'],
  ['invalid', 'Invalid'],
  ['unreadable', "Can't decrypt"],
] as const;
const sorts = [
  ['newest', 'Newest first'],
  ['name', 'Name'],
  ['checked', 'Last checked'],
  ['status', 'Status'],
] as const;

/** Search, status filter and sort for the Credentials page, kept in the URL and applied on the server. */
export function CredentialFilters({ search, status, sort }: { search: string; status: string; sort: string }) {
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
      <label className={styles.field}>
        <span className={styles.label}>Search</span>
        <input ref={searchRef} type="search" className={fieldStyles.input} value={term} placeholder="Name or description" onChange={(e) => setTerm(e.target.value)} />
      </label>
      <label className={styles.field}>
        <span className={styles.label}>Status</span>
        <select className={fieldStyles.input} value={status} onChange={(e) => go({ status: e.target.value })}>
          {statuses.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.field}>
        <span className={styles.label}>Sort by</span>
        <select className={fieldStyles.input} value={sort} onChange={(e) => go({ sort: e.target.value })}>
          {sorts.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
