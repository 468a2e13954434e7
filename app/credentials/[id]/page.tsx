import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AccessReportTable } from '@/components/credentials/access-report-table';
import { CredentialActions } from '@/components/credentials/credential-actions';
import styles from '@/components/credentials/credential-detail.module.css';
import { CredentialFacts } from '@/components/credentials/credential-facts';
import { CredentialHistory } from '@/components/credentials/credential-history';
import { CredentialUsagePanel } from '@/components/credentials/credential-usage-panel';
import { PlanhatMark } from '@/components/credentials/planhat-mark';
import { StatusBadge } from '@/components/credentials/status-badge';
import { Alert } from '@/components/ui/alert';
import { Panel } from '@/components/ui/panel';
import { requireActor } from '@/lib/auth/actor';
import { listCredentialEvents } from '@/lib/credentials/credential-events';
import { credentialUsage } from '@/lib/credentials/credential-usage';
import { CredentialError } from '@/lib/credentials/errors';
import { isEventKind } from '@/lib/credentials/event-kinds';
import { getCredential } from '@/lib/credentials/get-credential';
import { listUsageDays, USAGE_DAYS_SHOWN } from '@/lib/credentials/list-usage-days';
import { getDb } from '@/lib/db/client';
import pageStyles from '../credentials-page.module.css';

export const metadata: Metadata = { title: 'Credential' };

export default async function CredentialPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ replace?: string; history?: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/credentials/${id}`);
  const credential = await getCredential(actor, id).catch((error: unknown) => {
    if (error instanceof CredentialError) notFound();
    throw error;
  });
  const { replace, history } = await searchParams;
  const kind = isEventKind(history) ? history : 'all';
  const [events, usage, usageDays] = await Promise.all([
    listCredentialEvents(actor, id, { kind }),
    credentialUsage(await getDb(), actor.workspaceId, id),
    listUsageDays(actor, id),
  ]);
  const startWith = replace && credential.can.replaceToken ? 'replace' : null;
  return (
    <div className="page">
      <p className={pageStyles.back}>
        <Link href="/credentials">← All credentials</Link>
      </p>
      <div className={styles.header}>
        <PlanhatMark size={44} />
        <div className={styles.titles}>
          <div className={styles.titleRow}>
            <h1>{credential.name}</h1>
            <StatusBadge status={credential.status} />
          </div>
          {credential.statusReason && <p className="muted">{credential.statusReason}</p>}
        </div>
        <CredentialActions credential={credential} startWith={startWith} />
      </div>
      {credential.status === 'unreadable' && (
        <div className={pageStyles.banner}>
          <Alert tone="error">Can&apos;t decrypt — replace the token. It was sealed with a key this server no longer has, so it cannot be used until a new token is saved.</Alert>
        </div>
      )}
      <div className={styles.layout}>
        <div className={styles.column}>
          <Panel id="report-title" title="Access report" description="What the last successful check could read in Planhat.">
            <AccessReportTable report={credential.accessReport} />
          </Panel>
          <Panel id="usage-title" title="Used by">
            {usage.sources.length + usage.destinations.length === 0 ? (
              <p className="muted">No source or destination uses this credential yet.</p>
            ) : (
              <ul className={styles.list}>
                {usage.sources.map((s) => (
                  <li key={s.id}>
                    Source <Link href={`/sources/${s.id}`}>{s.name}</Link> · {s.model}
                  </li>
                ))}
                {usage.destinations.map((d) => (
                  <li key={d.id}>
                    Destination <Link href={`/destinations/${d.id}`}>{d.name}</Link> · {d.model}
                  </li>
                ))}
              </ul>
            )}
          </Panel>
          <CredentialUsagePanel days={usageDays} shownDays={USAGE_DAYS_SHOWN} />
        </div>
        <div className={styles.column}>
          <Panel id="facts-title" title="Details">
            <CredentialFacts credential={credential} />
          </Panel>
          <Panel id="history-title" title="History">
            <CredentialHistory credentialId={id} events={events} kind={kind} />
          </Panel>
        </div>
      </div>
    </div>
  );
}
