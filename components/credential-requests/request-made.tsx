import { Alert } from '@/components/ui/alert';
import { CopyField } from '@/components/ui/copy-field';
import { exactTime } from '@/components/ui/relative-time';
import type { MadeRequest } from '@/lib/credential-requests/request-dto';
import { expiryLabels } from '@/lib/credential-requests/expiry';
import styles from './request-dialog.module.css';

/** The new link, whether it went out by email (as it really went), and what it allows. */
export function RequestMade({ made, replacing, flowKind }: { made: MadeRequest; replacing: boolean; flowKind?: 'source' | 'destination' }) {
  return (
    <div className={styles.made}>
      <EmailOutcome made={made} />
      <div>
        <p className={styles.linkLabel} aria-hidden="true">
          Request link
        </p>
        <CopyField value={made.url} label="Request link" action="Copy link" copiedMessage="Request link copied to the clipboard" secret />
        <p className={styles.valid}>
          Valid for {expiryLabels[made.expiresIn]}, until {exactTime(made.expiresAt)}.
          {flowKind && ` Once they save the token, the credential is selected for this new ${flowKind} when you come back to this step.`}
        </p>
      </div>
      <Alert tone="warning">
        <p>
          <strong>It works once.</strong> Whoever opens it can save one Planhat token {replacing ? 'as this credential’s new token' : 'into this workspace'};{' '}
          after that it stops working. Send it only to the person who holds the token. You can revoke it under Credentials → Requests.
        </p>
      </Alert>
    </div>
  );
}

function EmailOutcome({ made }: { made: MadeRequest }) {
  const to = made.recipientEmail;
  if (made.email === 'queued' && to) return <Alert tone="info">Emailed to {to}. If it does not arrive, copy the link and send it yourself.</Alert>;
  if (made.email === 'not-queued') return <Alert tone="warning">Could not queue the email to {to ?? 'them'}: copy the link and send it yourself.</Alert>;
  if (made.email === 'off' && to) return <Alert tone="info">Email is not set up on this server: copy the link and send it yourself.</Alert>;
  return <Alert tone="info">The link is ready: copy it and send it to the person who holds the token.</Alert>;
}
