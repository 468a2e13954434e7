import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PlanhatMark } from '@/components/credentials/planhat-mark';
import { readsSummary } from '@/components/credentials/credential-summary';
import { StatusBadge } from '@/components/credentials/status-badge';
import { buttonClass } from '@/components/ui/button';
import { requireActor } from '@/lib/auth/actor';
import { CredentialError } from '@/lib/credentials/errors';
import { getCredential } from '@/lib/credentials/get-credential';
import { flowPaths, type FlowKind } from './flow-kind';
import { StepIndicator } from './step-indicator';
import styles from './flow.module.css';

/** Configure step placeholder: confirms which credential was chosen, and nothing more. */
export async function CredentialChosen({ kind, searchParams }: { kind: FlowKind; searchParams: Promise<{ credential?: string }> }) {
  const { credential: id = '' } = await searchParams;
  const actor = await requireActor(`${flowPaths[kind]}/configure?credential=${encodeURIComponent(id)}`);
  const credential = await getCredential(actor, id, 'use').catch((error: unknown) => {
    if (error instanceof CredentialError) notFound();
    throw error;
  });
  return (
    <div className="page">
      <StepIndicator current="Configure" />
      <section className={styles.card} aria-labelledby="chosen-title">
        <h1 id="chosen-title">Credential chosen</h1>
        <div className={styles.row}>
          <PlanhatMark />
          <strong>{credential.name}</strong>
          <StatusBadge status={credential.status} />
        </div>
        <p className="muted">
          {readsSummary(credential)}. Token ending in {credential.tokenHint}.
        </p>
        <p>
          This {kind} will use “{credential.name}”. Configuring the {kind} itself (the data model{kind === 'destination' ? ' and write mode' : ' to read'}) is not
          available in this version yet.
        </p>
        <div className={styles.row}>
          <Link className={buttonClass('secondary')} href={flowPaths[kind]}>
            Choose another credential
          </Link>
        </div>
      </section>
    </div>
  );
}
