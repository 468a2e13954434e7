import Link from 'next/link';
import { PlanhatMark } from '@/components/credentials/planhat-mark';
import { StatusBadge } from '@/components/credentials/status-badge';
import { buttonClass } from '@/components/ui/button';
import { RelativeTime } from '@/components/ui/relative-time';
import type { CredentialDto } from '@/lib/credentials/dto';
import { flowPaths, type FlowKind } from './flow-kind';
import styles from './credential-chosen.module.css';

/** Configure step: the credential picked on the Authenticate step, with the way back to pick another. */
export function CredentialChosen({ kind, credential }: { kind: FlowKind; credential: CredentialDto }) {
  const report = credential.accessReport;
  return (
    <section className={styles.card} aria-labelledby="chosen-title">
      <PlanhatMark />
      <div className={styles.text}>
        <h2 id="chosen-title" className={styles.title}>
          Credential chosen
        </h2>
        <div className={styles.line}>
          <p>
            This {kind} will use “<strong>{credential.name}</strong>”.
          </p>
          <StatusBadge credential={credential} />
        </div>
        <p className={styles.facts}>
          Token ending in <span className={styles.mono}>{credential.tokenHint}</span>
          {report && ` · reads ${report.readableCount} of ${report.modelCount} data models`}
          {credential.checkedAt && (
            <>
              {' · checked '}
              <RelativeTime iso={credential.checkedAt} />
            </>
          )}
        </p>
      </div>
      <Link className={`${buttonClass('secondary')} ${styles.change}`} href={flowPaths[kind]}>
        Choose another credential
      </Link>
    </section>
  );
}
