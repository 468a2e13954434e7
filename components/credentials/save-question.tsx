import type { SaveQuestion } from '@/app/credentials/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import styles from './add-credential-overlay.module.css';

/** The form values that answer a question: go on despite it. */
export function answersTo(question: SaveQuestion) {
  return {
    verify: question.kind !== 'save-unverified',
    confirmDuplicateToken: question.kind === 'duplicate-token' || undefined,
    confirmNoReadAccess: question.kind === 'no-read-access' || undefined,
  };
}

interface Props {
  question: SaveQuestion;
  pending: boolean;
  onRetry: () => void;
  onProceed: () => void;
  onDismiss: () => void;
}

/** What a save could not decide alone: Planhat unreachable, a token saved before, or no read access. */
export function SaveQuestionPanel({ question, pending, onRetry, onProceed, onDismiss }: Props) {
  if (question.kind === 'save-unverified') {
    return (
      <Alert tone="warning">
        <div className={styles.question}>
          <p>
            <strong>Couldn’t verify the token with Planhat.</strong> {question.reason}
          </p>
          <p>Nothing is saved yet. Try again, or save it now: it will show as Not verified until a check succeeds.</p>
          <div className={styles.questionActions}>
            <Button variant="primary" onClick={onRetry} disabled={pending}>
              Try again
            </Button>
            <Button onClick={onProceed} disabled={pending}>
              Save without verifying
            </Button>
          </div>
        </div>
      </Alert>
    );
  }
  const message =
    question.kind === 'duplicate-token' ? (
      <p>
        <strong>This token is already saved as “{question.existingName}”.</strong> Saving it again makes two credentials with the
        same access. Save anyway?
      </p>
    ) : (
      <>
        <p>
          <strong>This token can’t read any of the {question.report.modelCount} Planhat data models.</strong> A data source
          would have nothing to read. A destination may still work if the service account can write.
        </p>
      </>
    );
  return (
    <Alert tone="warning">
      <div className={styles.question}>
        {message}
        <div className={styles.questionActions}>
          <Button variant="primary" onClick={onProceed} disabled={pending}>
            Save anyway
          </Button>
          <Button onClick={onDismiss} disabled={pending}>
            Don’t save
          </Button>
        </div>
      </div>
    </Alert>
  );
}
