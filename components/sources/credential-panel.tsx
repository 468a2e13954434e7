import Link from 'next/link';
import type { ReactNode } from 'react';
import { PlanhatMark } from '@/components/credentials/planhat-mark';
import { StatusBadge } from '@/components/credentials/status-badge';
import { Panel } from '@/components/ui/panel';
import { RelativeTime } from '@/components/ui/relative-time';
import type { CredentialDto } from '@/lib/credentials/dto';
import styles from './connections.module.css';

/** The credential a source or destination uses: its status now, and where to fix or change it. */
export function CredentialPanel({ credential, actions }: { credential: CredentialDto; actions?: ReactNode }) {
  const report = credential.accessReport;
  return (
    <Panel id="credential-title" title="Credential">
      <div className={styles.credentialHead}>
        <PlanhatMark />
        <div className={styles.credentialName}>
          <Link href={`/credentials/${credential.id}`}>{credential.name}</Link>
          <StatusBadge credential={credential} />
        </div>
      </div>
      {credential.status !== 'verified' && credential.statusReason && <p className={styles.reason}>{credential.statusReason}</p>}
      <dl className={styles.facts}>
        <dt>Token</dt>
        <dd className={styles.mono}>
          <span aria-hidden="true">•••• </span>
          <span className="visually-hidden">ends in </span>
          {credential.tokenHint}
        </dd>
        <dt>Region</dt>
        <dd>{credential.region ?? 'Not detected yet'}</dd>
        <dt>Read access</dt>
        <dd>{report ? `${report.readableCount} of ${report.modelCount} data models` : 'Not checked yet'}</dd>
        <dt>Last checked</dt>
        <dd>{credential.checkedAt ? <RelativeTime iso={credential.checkedAt} /> : 'Never'}</dd>
      </dl>
      {actions && <div className={styles.actions}>{actions}</div>}
    </Panel>
  );
}
