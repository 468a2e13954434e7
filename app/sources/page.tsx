import type { Metadata } from 'next';
import Link from 'next/link';
import { ConnectionsTable } from '@/components/sources/connections-table';
import styles from '@/components/sources/connections.module.css';
import { EmptyConnections } from '@/components/sources/empty-connections';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { requireActor } from '@/lib/auth/actor';
import { listSources } from '@/lib/sources/list-sources';

export const metadata: Metadata = { title: 'Data sources' };

export default async function SourcesPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const actor = await requireActor('/sources');
  const [sources, { deleted }] = await Promise.all([listSources(actor), searchParams]);
  return (
    <div className="page">
      <div className={styles.listHeader}>
        <div>
          <h1>Data sources</h1>
          <p className="muted">Each source reads one Planhat data model with a credential of {actor.workspaceName}.</p>
        </div>
        {sources.length > 0 && (
          <Link className={buttonClass('primary')} href="/sources/new/planhat">
            New source
          </Link>
        )}
      </div>
      <div className={styles.listBody}>
        {deleted && <Alert tone="success">Source deleted. Its credential was kept.</Alert>}
        {sources.length === 0 ? (
          <EmptyConnections kind="source" />
        ) : (
          <div className={styles.tableCard}>
            <ConnectionsTable kind="source" rows={sources} />
          </div>
        )}
      </div>
    </div>
  );
}
