import { Alert } from '@/components/ui/alert';
import { credentialState } from '@/lib/credentials/credential-state';
import type { CredentialDto } from '@/lib/credentials/dto';
import { AccessSummary } from './access-summary';

/** How a save ended, in the colour it deserves: green only for verified with full access. */
export function SavedBanner({ credential, selected }: { credential: CredentialDto; selected: boolean }) {
  const state = credentialState(credential);
  const report = credential.accessReport;
  const selection = selected ? ' It is selected.' : '';
  if (state === 'verified') {
    return (
      <Alert tone="success">
        “{credential.name}” is saved and verified: it can read all {report?.modelCount} data models.{selection}
      </Alert>
    );
  }
  if (state === 'partial' && report) {
    return (
      <Alert tone="warning">
        <p>
          <strong>“{credential.name}” is saved with partial access:</strong> it can read {report.readableCount} of {report.modelCount} data
          models. A source can only read the models it has access to.{selection}
        </p>
        <AccessSummary report={report} />
      </Alert>
    );
  }
  return (
    <Alert tone="warning">
      <strong>“{credential.name}” is saved without verifying.</strong> It shows as Not verified until a check with Planhat succeeds.{selection}
    </Alert>
  );
}
