import type { Metadata } from 'next';
import Link from 'next/link';
import { ConnectionHeader, sourceOrNotFound } from '@/components/sources/connection-header';
import styles from '@/components/sources/connections.module.css';
import { CredentialPanel } from '@/components/sources/credential-panel';
import { DeleteConnection } from '@/components/sources/delete-connection';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { Panel } from '@/components/ui/panel';
import { PLANHAT_WRITE_ACCESS_NOTE } from '@/lib/connectors/planhat/spec';
import { requireActor } from '@/lib/auth/actor';
import { getCredential } from '@/lib/credentials/get-credential';
import { getDestination } from '@/lib/sources/get-source';
import { WRITE_MODES } from '@/lib/sources/schemas';
import { deleteDestinationAction } from '../actions';

export const metadata: Metadata = { title: 'Data destination' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function DestinationPage({ params, searchParams }: Props) {
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const actor = await requireActor(`/destinations/${encodeURIComponent(id)}`);
  const destination = await sourceOrNotFound(getDestination(actor, id));
  const credential = await getCredential(actor, destination.credential.id);
  const mode = WRITE_MODES.find((entry) => entry.id === destination.writeMode);
  return (
    <div className="page">
      <Link className={styles.back} href="/destinations">
        <span aria-hidden="true">←</span> All destinations
      </Link>
      <ConnectionHeader
        name={destination.name}
        kind="Planhat data destination"
        facts={[`Writes ${destination.modelLabel}`, `${mode?.label ?? destination.writeMode} mode`]}
        createdAt={destination.createdAt}
      />
      <div className={styles.layout}>
        <div className={styles.main}>
          {created && <Alert tone="success">Destination saved. Nothing has been written to Planhat yet.</Alert>}
          <Panel id="writes-title" title="What it writes">
            <dl className={styles.facts}>
              <dt>Data model</dt>
              <dd>{destination.modelLabel}</dd>
              <dt>Write mode</dt>
              <dd>
                {mode?.label ?? destination.writeMode}
                {mode && <span className={styles.muted}>: {mode.description}</span>}
              </dd>
            </dl>
            <Alert tone="warning">
              <strong>Write permission can’t be checked in advance.</strong> {PLANHAT_WRITE_ACCESS_NOTE}
            </Alert>
          </Panel>
          {destination.canManage && (
            <Panel id="delete-title" title="Delete this destination" description="Deleting the destination keeps its credential.">
              <DeleteConnection noun="destination" name={destination.name} action={deleteDestinationAction.bind(null, destination.id)} />
            </Panel>
          )}
        </div>
        <div className={styles.aside}>
          <CredentialPanel
            credential={credential}
            actions={
              <Link className={buttonClass('secondary')} href={`/credentials/${credential.id}`}>
                Manage credential
              </Link>
            }
          />
        </div>
      </div>
    </div>
  );
}
