import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthenticateScreen } from '@/components/credentials/authenticate-screen';
import { ConnectionHeader, sourceOrNotFound } from '@/components/sources/connection-header';
import styles from '@/components/sources/connections.module.css';
import { Alert } from '@/components/ui/alert';
import { requireActor } from '@/lib/auth/actor';
import { listCredentials, PAGE_SIZE } from '@/lib/credentials/list-credentials';
import { getSource } from '@/lib/sources/get-source';

export const metadata: Metadata = { title: 'Change credential · Data source' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string; limit?: string }> };

/** The Authenticate screen again, for an existing source: Continue goes to a confirmation, never straight to a change. */
export default async function ChangeSourceCredentialPage({ params, searchParams }: Props) {
  const [{ id }, { q = '', limit }] = await Promise.all([params, searchParams]);
  const actor = await requireActor(`/sources/${encodeURIComponent(id)}/credential`);
  const source = await sourceOrNotFound(getSource(actor, id));
  const pageSize = Math.min(Math.max(Number.parseInt(limit ?? '', 10) || PAGE_SIZE, PAGE_SIZE), 480);
  const page = source.canManage ? await listCredentials(actor, { connector: 'planhat', search: String(q), limit: pageSize }) : null;
  return (
    <div className="page">
      <Link className={styles.back} href={`/sources/${source.id}`}>
        <span aria-hidden="true">←</span> Back to {source.name}
      </Link>
      <ConnectionHeader name="Change credential" kind={`Source “${source.name}”`} facts={[`Reads ${source.modelLabel}`, `Now uses “${source.credential.name}”`]} />
      {page ? (
        <AuthenticateScreen
          credentials={page.items}
          total={page.total}
          hasMore={page.hasMore}
          search={String(q)}
          limit={pageSize}
          continueTo={`/sources/${source.id}/credential/confirm`}
        />
      ) : (
        <Alert tone="error">Only the person who created this source, or a workspace owner or admin, can change its credential.</Alert>
      )}
    </div>
  );
}
