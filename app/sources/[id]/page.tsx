import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { ConnectionHeader, sourceOrNotFound } from '@/components/sources/connection-header';
import styles from '@/components/sources/connections.module.css';
import { DeleteConnection } from '@/components/sources/delete-connection';
import { PreviewSkeleton } from '@/components/sources/preview-skeleton';
import { CredentialPlaceholder, SourceCredential, SourceRecords, startSourceReadout } from '@/components/sources/source-readout';
import { Alert } from '@/components/ui/alert';
import { Panel } from '@/components/ui/panel';
import { requireActor } from '@/lib/auth/actor';
import { getSource } from '@/lib/sources/get-source';
import { deleteSourceAction } from '../actions';
import { sourcePageParamsSchema } from '../schemas';

export const metadata: Metadata = { title: 'Data source' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = sourcePageParamsSchema.parse(await searchParams);
  const actor = await requireActor(`/sources/${encodeURIComponent(id)}`);
  const source = await sourceOrNotFound(getSource(actor, id));
  const hrefFor = (offset: number) => `/sources/${source.id}${offset > 0 ? `?offset=${offset}` : ''}`;
  // One read from Planhat (decrypting the token for this request only), shown in two places.
  const readout = startSourceReadout(actor, source, query.offset);
  return (
    <div className="page">
      <Link className={styles.back} href="/sources">
        <span aria-hidden="true">←</span> All sources
      </Link>
      <ConnectionHeader name={source.name} kind="Planhat data source" facts={[`Reads ${source.modelLabel}`]} createdAt={source.createdAt} />
      <div className={styles.layout}>
        <div className={styles.main}>
          {query.created && <Alert tone="success">Source saved. Below are its first records, read live from Planhat.</Alert>}
          {query.changed && <Alert tone="success">The source now uses “{source.credential.name}”.</Alert>}
          <Panel id="records-title" title="Records" description={`${source.modelLabel}, read live from Planhat each time this page loads.`}>
            <Suspense key={query.offset} fallback={<PreviewSkeleton modelLabel={source.modelLabel} />}>
              <SourceRecords readout={readout} source={source} hrefFor={hrefFor} />
            </Suspense>
          </Panel>
          {source.canManage && (
            <Panel id="delete-title" title="Delete this source" description="Deleting the source keeps its credential.">
              <DeleteConnection noun="source" name={source.name} action={deleteSourceAction.bind(null, source.id)} />
            </Panel>
          )}
        </div>
        <div className={styles.aside}>
          <Suspense key={query.offset} fallback={<CredentialPlaceholder source={source} checking />}>
            <SourceCredential readout={readout} source={source} />
          </Suspense>
        </div>
      </div>
    </div>
  );
}
