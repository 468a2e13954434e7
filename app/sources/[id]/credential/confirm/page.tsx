import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/credentials/status-badge';
import { credentialOrNotFound } from '@/components/sources/configure-parts';
import { ChangeCredentialForm } from './components/change-credential-form';
import { ConnectionHeader, sourceOrNotFound } from '@/components/sources/connection-header';
import styles from '@/components/sources/connections.module.css';
import { Alert } from '@/components/ui/alert';
import { Panel } from '@/components/ui/panel';
import { requireActor } from '@/lib/auth/actor';
import { credentialForConfigure } from '@/lib/sources/configure-credential';
import { getSource } from '@/lib/sources/get-source';
import { modelChoices } from '@/lib/sources/model-access';

export const metadata: Metadata = { title: 'Confirm credential · Data source' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ credential?: string }> };

export default async function ConfirmSourceCredentialPage({ params, searchParams }: Props) {
  const [{ id }, { credential: credentialId = '' }] = await Promise.all([params, searchParams]);
  const actor = await requireActor(`/sources/${encodeURIComponent(id)}/credential`);
  const source = await sourceOrNotFound(getSource(actor, id));
  // Fresh access report: the question is whether this token can read the source's model now.
  const credential = await credentialOrNotFound(credentialForConfigure(actor, String(credentialId)));
  const access = modelChoices(credential).find((choice) => choice.id === source.model);
  const broken = credential.status === 'invalid' || credential.status === 'unreadable';
  const back = `/sources/${source.id}/credential`;
  return (
    <div className="page">
      <Link className={styles.back} href={back}>
        <span aria-hidden="true">←</span> Choose another credential
      </Link>
      <ConnectionHeader name="Change credential" kind={`Source “${source.name}”`} facts={[`Reads ${source.modelLabel}`]} />
      <Panel id="confirm-title" title={`Use “${credential.name}” for this source?`}>
        <dl className={styles.facts}>
          <dt>Now</dt>
          <dd>{source.credential.name}</dd>
          <dt>New</dt>
          <dd className={styles.credentialCell}>
            {credential.name} <StatusBadge credential={credential} />
          </dd>
        </dl>
        {credential.id === source.credential.id ? (
          <Alert tone="info">The source already uses this credential.</Alert>
        ) : broken ? (
          <Alert tone="error">“{credential.name}” can’t be used right now: {credential.statusReason}</Alert>
        ) : access && !access.readable ? (
          <Alert tone="error">
            “{credential.name}” can’t read {source.modelLabel}: {access.reason} <Link href={back}>Choose another credential.</Link>
          </Alert>
        ) : (
          <ChangeCredentialForm sourceId={source.id} credentialId={credential.id} credentialName={credential.name} cancelHref={`/sources/${source.id}`} />
        )}
      </Panel>
    </div>
  );
}
