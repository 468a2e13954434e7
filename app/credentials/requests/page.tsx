import type { Metadata } from 'next';
import Link from 'next/link';
import { RequestButton } from '@/components/credential-requests/request-button';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { requireActor } from '@/lib/auth/actor';
import { listCredentialRequests } from '@/lib/credential-requests/list-requests';
import pageStyles from '../credentials-page.module.css';
import { RequestTable } from './components/request-table';

export const metadata: Metadata = { title: 'Credential requests' };

const PAGE = 50;

export default async function CredentialRequestsPage({ searchParams }: { searchParams: Promise<{ limit?: string }> }) {
  const actor = await requireActor('/credentials/requests');
  const limit = Math.min(Math.max(Number.parseInt((await searchParams).limit ?? '', 10) || PAGE, PAGE), 500);
  const { items, nextCursor, pendingCount } = await listCredentialRequests(actor, { limit });
  return (
    <div className="page">
      <p className={pageStyles.back}>
        <Link href="/credentials">
          <span aria-hidden="true">←</span> Credentials
        </Link>
      </p>
      <div className="page-header-row">
        <div>
          <h1 id="requests-title">Credential requests</h1>
          <p className="muted">One-time links for people without an account to save a Planhat token into {actor.workspaceName}.</p>
        </div>
        <RequestButton mode={{ purpose: 'new' }} variant="primary" />
      </div>
      {items.length === 0 ? (
        <EmptyState
          title="No requests yet"
          icon={
            <svg width="22" height="22" viewBox="0 0 16 16" fill="none">
              <path d="M2.5 4.5h11v7h-11z M2.5 4.5 8 9l5.5-4.5" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
            </svg>
          }
          action={<RequestButton mode={{ purpose: 'new' }} label="Request a credential" />}
        >
          When the Planhat token is held by someone else, send them a request link instead of asking for the token in a chat or an email.
          They need no account, the link works once, and you can revoke it at any time.
        </EmptyState>
      ) : (
        <>
          <p className={pageStyles.count} aria-live="polite">
            {items.length} {items.length === 1 ? 'request' : 'requests'}
            {nextCursor ? ' shown' : ''} · {pendingCount} pending
          </p>
          <RequestTable requests={items} headingId="requests-title" />
          {nextCursor && (
            <p className={pageStyles.more}>
              <Link className={buttonClass('secondary')} href={`/credentials/requests?limit=${limit + PAGE}`} scroll={false}>
                Show older requests
              </Link>
            </p>
          )}
        </>
      )}
    </div>
  );
}
