import type { Metadata } from 'next';
import Link from 'next/link';
import { ConnectionsTable } from '@/components/sources/connections-table';
import styles from '@/components/sources/connections.module.css';
import { EmptyConnections } from '@/components/sources/empty-connections';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { requireActor } from '@/lib/auth/actor';
import { listDestinations } from '@/lib/sources/list-sources';

export const metadata: Metadata = { title: 'Data destinations' };

export default async function DestinationsPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const actor = await requireActor('/destinations');
  const [destinations, { deleted }] = await Promise.all([listDestinations(actor), searchParams]);
  return (
    <div className="page">
      <div className={styles.listHeader}>
        <div>
          <h1>Data destinations</h1>
          <p className="muted">Each destination writes into one Planhat data model with a credential of {actor.workspaceName}.</p>
        </div>
        {destinations.length > 0 && (
          <Link className={buttonClass('primary')} href="/destinations/new/planhat">
            New destination
          </Link>
        )}
      </div>
      <div className={styles.listBody}>
        {deleted && <Alert tone="success">Destination deleted. Its credential was kept.</Alert>}
        {destinations.length === 0 ? (
          <EmptyConnections kind="destination" />
        ) : (
          <div className={styles.tableCard}>
            <ConnectionsTable kind="destination" rows={destinations} />
          </div>
        )}
      </div>
    </div>
  );
}
