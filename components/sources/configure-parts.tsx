import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PlanhatMark } from '@/components/credentials/planhat-mark';
import { flowPaths, flowTitles, type FlowKind } from '@/components/flow/flow-kind';
import { StepIndicator } from '@/components/flow/step-indicator';
import flowStyles from '@/components/flow/flow.module.css';
import { Alert } from '@/components/ui/alert';
import type { CredentialDto } from '@/lib/credentials/dto';
import { CredentialError } from '@/lib/credentials/errors';

const subtitles: Record<FlowKind, string> = {
  source: 'choose the Planhat data model to read, check its records, and name the source.',
  destination: 'choose the Planhat data model to write to and how, and name the destination.',
};

/** The Configure step's progress and title. */
export function ConfigureHeader({ kind }: { kind: FlowKind }) {
  return (
    <>
      <StepIndicator current="Configure" />
      <div className={flowStyles.header}>
        <PlanhatMark size={40} />
        <div>
          <h1>Configure</h1>
          <p className="muted">
            {flowTitles[kind]}: {subtitles[kind]}
          </p>
        </div>
      </div>
    </>
  );
}

/** A credential that is not there (or not the person's to see) is a 404, like any missing page. */
export async function credentialOrNotFound(pending: Promise<CredentialDto>): Promise<CredentialDto> {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof CredentialError && error.code === 'not-found') notFound();
    throw error;
  }
}

/** Shown instead of the form when the chosen credential's token does not work. */
export function UnusableCredential({ kind, credential }: { kind: FlowKind; credential: CredentialDto }) {
  return (
    <Alert tone="error">
      <p>
        <strong>“{credential.name}” can’t be used right now.</strong> {credential.statusReason}
      </p>
      <p>
        <Link href={`/credentials/${credential.id}`}>Fix the credential</Link> or <Link href={flowPaths[kind]}>choose another credential</Link>.
      </p>
    </Alert>
  );
}
