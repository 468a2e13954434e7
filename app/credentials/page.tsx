import type { Metadata } from 'next';
import Link from 'next/link';
import { RequestButton } from '@/components/credential-requests/request-button';
import { CredentialFilters } from '@/components/credentials/credential-filters';
import { CredentialTable } from '@/components/credentials/credential-table';
import { NewCredentialButton } from '@/components/credentials/new-credential-button';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { countLabel, LoadMore } from '@/components/ui/load-more';
import { requireActor } from '@/lib/auth/actor';
import { listCredentialRequests } from '@/lib/credential-requests/list-requests';
import { isCredentialState } from '@/lib/credentials/credential-state';
import { CREDENTIAL_SORTS, listCredentials, type CredentialSort } from '@/lib/credentials/list-credentials';
import styles from './credentials-page.module.css';

export const metadata: Metadata = { title: 'Credentials' };

const PAGE = 50;

type Params = { q?: string; status?: string; sort?: string; limit?: string };

export default async function CredentialsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requireActor('/credentials');
  const params = await searchParams;
  const search = params.q ?? '';
  const status = isCredentialState(params.status) ? params.status : undefined;
  const sort: CredentialSort = CREDENTIAL_SORTS.find((s) => s === params.sort) ?? 'newest';
  const limit = Math.min(Math.max(Number.parseInt(params.limit ?? '', 10) || PAGE, PAGE), 1000);
  const [page, requests] = await Promise.all([listCredentials(actor, { search, status, sort, limit }), listCredentialRequests(actor, { limit: 1 })]);
  const filtered = Boolean(search || status);
  const href = (next: Partial<Params>) => {
    const query = new URLSearchParams(Object.entries({ q: search, status, sort: sort === 'newest' ? undefined : sort, ...next }).filter((entry): entry is [string, string] => Boolean(entry[1])));
    return `/credentials${query.size ? `?${query}` : ''}`;
  };
  const empty = page.total === 0 && !filtered;
  return (
    <div className="page">
      <div className="page-header-row">
        <div>
          <h1>Credentials</h1>
          <p className="muted">Every Planhat credential in {actor.workspaceName}: check them, fix them, see where they are used.</p>
          <p className="small">
            <Link href="/credentials/requests">
              Requests{requests.pendingCount > 0 && ` · ${requests.pendingCount} pending`}
            </Link>
          </p>
        </div>
        <div className={styles.headerActions}>
          <RequestButton mode={{ purpose: 'new' }} />
          <NewCredentialButton />
        </div>
      </div>
      {empty ? (
        <EmptyState
          title="No credentials yet"
          icon={
            <svg width="22" height="22" viewBox="0 0 16 16" fill="none">
              <rect x="2.5" y="6.5" width="11" height="7" rx="1.5" stroke="currentColor" strokeWidth="1.4" />
              <path d="M5 6.5V5a3 3 0 0 1 6 0v1.5" stroke="currentColor" strokeWidth="1.4" />
            </svg>
          }
          action={
            <>
              <NewCredentialButton label="Add your first credential" />
              <Link href="/sources/new/planhat" className={buttonClass('secondary')}>
                Create a data source
              </Link>
            </>
          }
        >
          A credential holds a Planhat API Access Token, checked with Planhat and encrypted at rest. Add one here, or while you
          create a data source or destination.
        </EmptyState>
      ) : (
        <>
          <CredentialFilters search={search} status={status ?? ''} sort={sort} clearHref={filtered ? href({ q: undefined, status: undefined }) : null} />
          <p className={styles.count} aria-live="polite">
            {countLabel(page.items.length, page.total, 'credential', 'credentials')}
            {filtered ? ' match these filters' : ''}
          </p>
          {page.items.length === 0 ? (
            <EmptyState title="No credentials match these filters" action={<Link href={href({ q: undefined, status: undefined })} className={buttonClass('secondary')}>Clear filters</Link>}>
              Try another search or status.
            </EmptyState>
          ) : (
            <CredentialTable credentials={page.items} sort={sort} sortHref={(next) => href({ sort: next === 'newest' ? undefined : next })} />
          )}
          <LoadMore shown={page.items.length} total={page.total} step={PAGE} href={href({ limit: String(limit + PAGE) })} noun="credentials" />
        </>
      )}
    </div>
  );
}
