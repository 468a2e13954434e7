import type { Metadata } from 'next';
import Link from 'next/link';
import { CredentialCard, credentialCardGridClass } from '@/components/credentials/credential-card';
import { CredentialFilters } from '@/components/credentials/credential-filters';
import { buttonClass } from '@/components/ui/button';
import styles from './credentials-page.module.css';
import { requireActor } from '@/lib/auth/actor';
import type { CredentialStatus } from '@/lib/credentials/dto';
import { CREDENTIAL_SORTS, listCredentials, type CredentialSort } from '@/lib/credentials/list-credentials';

export const metadata: Metadata = { title: 'Credentials' };

const STATUSES: CredentialStatus[] = ['verified', 'not_verified', 'invalid', 'unreadable'];

export default async function CredentialsPage({ searchParams }: { searchParams: Promise<{ q?: string; status?: string; sort?: string; limit?: string }> }) {
  const actor = await requireActor('/credentials');
  const params = await searchParams;
  const status = STATUSES.find((s) => s === params.status);
  const sort: CredentialSort = CREDENTIAL_SORTS.find((s) => s === params.sort) ?? 'newest';
  const limit = Math.min(Math.max(Number.parseInt(params.limit ?? '', 10) || 48, 48), 960);
  const page = await listCredentials(actor, { search: params.q ?? '', status, sort, limit });
  const filtered = Boolean(params.q || status);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Credentials</h1>
        <p className="muted">Every Planhat credential saved in {actor.workspaceName}: check them, fix them, see where they are used.</p>
      </div>
      <CredentialFilters search={params.q ?? ''} status={status ?? ''} sort={sort} />
      <p className={styles.count} aria-live="polite">
        {page.total} {page.total === 1 ? 'credential' : 'credentials'}
        {filtered ? ' match' : ''}
      </p>
      {page.items.length === 0 ? (
        <p className="muted">
          {filtered ? 'No credentials match these filters.' : 'No credentials yet. Add one while creating a source or destination.'}{' '}
          {!filtered && <Link href="/sources/new/planhat">Create a data source</Link>}
        </p>
      ) : (
        <ul className={credentialCardGridClass}>
          {page.items.map((credential) => (
            <li key={credential.id} className={styles.item}>
              <CredentialCard credential={credential} />
            </li>
          ))}
        </ul>
      )}
      {page.hasMore && (
        <p className={styles.more}>
          <Link className={buttonClass('secondary')} href={`/credentials?${new URLSearchParams({ ...params, limit: String(limit + 48) } as Record<string, string>)}`}>
            Show more
          </Link>
        </p>
      )}
    </div>
  );
}
