'use client';

import { Button } from '@/components/ui/button';
import { CheckProgress } from './check-progress';
import { answersTo, SaveQuestionPanel } from './save-question';
import type { Confirmations, CredentialSave } from './use-credential-save';
import styles from './add-credential-overlay.module.css';

interface Props {
  saving: CredentialSave;
  /** Saves again with these answers (Try again, Save without verifying, Save anyway). */
  onAnswer: (confirmations: Confirmations) => void;
  /** "Cancel" on the unverified question; "Don't save" dismisses the others. */
  onDismissUnverified?: () => void;
}

/**
 * What takes the place of the form's actions while a save runs: Planhat's live answers (and Cancel,
 * only where the save can really be stopped), or the question the save could not decide alone.
 * Null while the person is editing.
 */
export function SaveStatusPanel({ saving, onAnswer, onDismissUnverified }: Props) {
  const { phase } = saving;
  if (phase.kind === 'checking') {
    return (
      <>
        <CheckProgress probes={phase.probes} startedAt={phase.startedAt} />
        {saving.canCancel && (
          <div className={styles.checkingActions}>
            {phase.tooLateToCancel && <span className="muted small">Planhat has answered; saving now.</span>}
            <Button onClick={() => void saving.cancel()} disabled={phase.cancelling || phase.tooLateToCancel}>
              {phase.cancelling ? 'Cancelling...' : 'Cancel'}
            </Button>
          </div>
        )}
      </>
    );
  }
  if (phase.kind === 'question') {
    return (
      <SaveQuestionPanel
        question={phase.question}
        pending={false}
        onRetry={() => onAnswer({ verify: true })}
        onProceed={() => onAnswer(answersTo(phase.question))}
        onDismiss={phase.question.kind === 'save-unverified' && onDismissUnverified ? onDismissUnverified : saving.dismissQuestion}
      />
    );
  }
  return null;
}
