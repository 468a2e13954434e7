import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import type { CredentialDto } from '@/lib/credentials/dto';
import type { CredentialReadError } from '@/lib/credentials/read-with-credential';
import styles from './preview.module.css';

interface PreviewProblemProps {
  error: CredentialReadError;
  message: string;
  credential: CredentialDto;
  modelLabel: string;
  /** The same page again, for failures that may pass. */
  retryHref: string;
}

/** Why the records could not be read, and the way out: fix the credential, or try again. */
export function PreviewProblem({ error, message, credential, modelLabel, retryHref }: PreviewProblemProps) {
  const fix = (
    <Link href={`/credentials/${credential.id}`}>
      Fix the credential “{credential.name}”<span aria-hidden="true"> →</span>
    </Link>
  );
  if (error === 'invalid-token') {
    return (
      <Alert tone="error">
        <div className={styles.problem}>
          <strong>Planhat no longer accepts the token of “{credential.name}”.</strong>
          <p>
            It may have been revoked, or its service account paused.{credential.status === 'invalid' && ' The credential is now marked Invalid.'} Replace its
            token, or choose another credential, to read {modelLabel} again.
          </p>
          {fix}
        </div>
      </Alert>
    );
  }
  if (error === 'forbidden') {
    return (
      <Alert tone="error">
        <div className={styles.problem}>
          <strong>“{credential.name}” can no longer read {modelLabel}.</strong>
          <p>Planhat refused with HTTP 403: its service account lost read permission on this model. Grant it again in Planhat, then re-check the credential.</p>
          {fix}
        </div>
      </Alert>
    );
  }
  if (error === 'unreadable') {
    return (
      <Alert tone="error">
        <div className={styles.problem}>
          <strong>{message}</strong>
          {fix}
        </div>
      </Alert>
    );
  }
  return (
    <Alert tone="warning">
      <div className={styles.problem}>
        <strong>Couldn’t read records from Planhat.</strong>
        <p>{message}</p>
        <Link href={retryHref} scroll={false}>
          Try again
        </Link>
      </div>
    </Alert>
  );
}
