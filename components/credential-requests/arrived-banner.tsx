import { AccessSummary } from '@/components/credentials/access-summary';
import { Alert } from '@/components/ui/alert';
import { credentialState } from '@/lib/credentials/credential-state';
import type { CredentialDto } from '@/lib/credentials/dto';

/** Back on the Authenticate step: the credential someone saved through the requester's link, in the colour it deserves. */
export function ArrivedBanner({ credential, throughRequest, selected }: { credential: CredentialDto; throughRequest: boolean; selected: boolean }) {
  const state = credentialState(credential);
  const report = credential.accessReport;
  const lead = throughRequest ? `“${credential.name}” arrived through your request` : `“${credential.name}”`;
  const selection = selected ? ' It is selected: press Continue to use it.' : '';
  if (state === 'verified') {
    return (
      <Alert tone="success">
        <strong>{lead}:</strong> verified, it can read all {report?.modelCount} data models.{selection}
      </Alert>
    );
  }
  if (state === 'partial' && report) {
    return (
      <Alert tone="warning">
        <p>
          <strong>{lead} with partial access:</strong> it can read {report.readableCount} of {report.modelCount} data models. A source can
          only read the models it has access to.{selection}
        </p>
        <AccessSummary report={report} />
      </Alert>
    );
  }
  if (state === 'invalid' || state === 'unreadable') {
    return (
      <Alert tone="error">
        <strong>{lead}, but it is {state === 'invalid' ? 'invalid' : 'unreadable'}:</strong> {credential.statusReason ?? 'Planhat refuses its token.'} Ask for a new token from its page.
      </Alert>
    );
  }
  return (
    <Alert tone="warning">
      <strong>{lead}, not verified yet.</strong> It shows as Not verified until a check with Planhat succeeds.{selection}
    </Alert>
  );
}
