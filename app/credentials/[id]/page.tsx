import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AccessReportTable } from '@/components/credentials/access-report-table';
import { CredentialActions } from './components/credential-actions';
import styles from '@/components/credentials/credential-detail.module.css';
import { CredentialFacts } from '@/components/credentials/credential-facts';
import { CredentialHistory } from '@/components/credentials/credential-history';
import { CredentialUsagePanel } from '@/components/credentials/credential-usage-panel';
import { CredentialUses } from '@/components/credentials/credential-uses';
import { HealthPanel } from '@/components/health/health-panel';
import { PlanhatMark } from '@/components/credentials/planhat-mark';
import { SavedBanner } from '@/components/credentials/saved-banner';
import { StatusBadge } from '@/components/credentials/status-badge';
import { Alert } from '@/components/ui/alert';
import { Panel } from '@/components/ui/panel';
import { requireActor } from '@/lib/auth/actor';
import { credentialState } from '@/lib/credentials/credential-state';
import { listCredentialEvents } from '@/lib/credentials/credential-events';
import { credentialUsage } from '@/lib/credentials/credential-usage';
import { CredentialError } from '@/lib/credentials/errors';
import { isEventKind } from '@/lib/credentials/event-kinds';
import { getCredential } from '@/lib/credentials/get-credential';
import { listUsageDays, USAGE_DAYS_SHOWN } from '@/lib/credentials/list-usage-days';
import { getDb } from '@/lib/db/client';
import { getHealthSettings } from '@/lib/health/health-settings';
import { listHealthChecks } from '@/lib/health/health-timeline';
import pageStyles from '../credentials-page.module.css';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ replace?: string; created?: string; history?: string }> };

async function credentialOrNotFound(id: string) {
  const actor = await requireActor(`/credentials/${id}`);
  const credential = await getCredential(actor, id).catch((error: unknown) => {
    if (error instanceof CredentialError) notFound();
    throw error;
  });
  return { actor, credential };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { credential } = await credentialOrNotFound((await params).id);
  return { title: credential.name };
}

export default async function CredentialPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { actor, credential } = await credentialOrNotFound(id);
  const query = await searchParams;
  const kind = isEventKind(query.history) ? query.history : 'all';
  const [events, usage, usageDays, checks, healthSettings] = await Promise.all([
    listCredentialEvents(actor, id, { kind }),
    credentialUsage(await getDb(), actor.workspaceId, id),
    listUsageDays(actor, id),
    listHealthChecks(actor, id),
    getHealthSettings(actor.workspaceId),
  ]);
  const startWith = query.replace && credential.can.replaceToken ? 'replace' : null;
  const state = credentialState(credential);
  return (
    <div className="page">
      <p className={pageStyles.back}>
        <Link href="/credentials">
          <span aria-hidden="true">←</span> Credentials
        </Link>
      </p>
      <div className={styles.header}>
        <PlanhatMark size={44} />
        <div className={styles.titles}>
          <div className={styles.titleRow}>
            <h1 className={styles.title}>{credential.name}</h1>
            <StatusBadge credential={credential} />
          </div>
          {credential.statusReason && state !== 'unreadable' && <p className="muted">{credential.statusReason}</p>}
        </div>
        <CredentialActions credential={credential} usage={usage} startWith={startWith} />
      </div>
      {(query.created || state === 'unreadable') && (
        <div className={pageStyles.banner}>
          {query.created && <SavedBanner credential={credential} selected={false} />}
          {state === 'unreadable' && (
            <Alert tone="error">
              <strong>Can’t decrypt: replace the token.</strong> It was sealed with a key this server no longer has, so it cannot be used until a new
              token is saved.
            </Alert>
          )}
        </div>
      )}
      <div className={styles.layout}>
        <div className={styles.column}>
          <Panel id="report-title" title="Access report" description="What the last successful check could read in Planhat.">
            <AccessReportTable report={credential.accessReport} />
          </Panel>
          <HealthPanel credential={credential} settings={healthSettings} checks={checks} usage={usage} />
          <Panel id="usage-title" title="Used by">
            {usage.sources.length + usage.destinations.length === 0 ? (
              <p className="muted">No source or destination uses this credential yet.</p>
            ) : (
              <CredentialUses usage={usage} className={styles.list} />
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
