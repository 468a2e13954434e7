'use client';

import { useMemo, useState, type RefObject } from 'react';
import { Button } from '@/components/ui/button';
import { dialogStyles, ModalDialog } from '@/components/ui/modal-dialog';
import { Spinner } from '@/components/ui/spinner';
import type { CreateCredentialResult } from '@/lib/credentials/create-credential-result';
import type { CredentialDto } from '@/lib/credentials/dto';
import { NewCredentialFields, useNewCredentialForm } from './new-credential-form';
import { PlanhatMark } from './planhat-mark';
import { useSaveActions, type SaveActions } from './save-actions';
import { SaveStatusPanel } from './save-status-panel';
import type { Confirmations, CredentialSaver } from './use-credential-save';
import styles from './add-credential-overlay.module.css';

/** Saves in this workspace; Cancel claims the save's id first (a plain request: a second server action would wait for the save). */
const workspaceSaver = (createCredential: SaveActions['createCredential']): CredentialSaver<CreateCredentialResult> => ({
  send: createCredential,
  cancel: async (attemptId) => {
    const outcome = (await fetch(`/api/credential-saves/${attemptId}`, { method: 'DELETE' })
      .then((response) => response.json())
      .catch(() => ({ cancelled: false }))) as { cancelled: boolean };
    return outcome.cancelled;
  },
});

interface OverlayProps {
  open: boolean;
  onClose: () => void;
  onSaved: (credential: CredentialDto) => void;
  returnFocusTo: RefObject<HTMLElement | null>;
}

export function AddCredentialOverlay({ open, onClose, onSaved, returnFocusTo }: OverlayProps) {
  const { createCredential } = useSaveActions();
  const saver = useMemo(() => workspaceSaver(createCredential), [createCredential]);
  const { form, saving, busy, formError, setFormError, submit: save } = useNewCredentialForm(saver);
  const { isDirty } = form.formState;
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const { phase } = saving;

  function close() {
    form.reset();
    saving.reset();
    setFormError(null);
    setConfirmingDiscard(false);
    onClose();
  }

  async function requestClose() {
    if (phase.kind === 'saving') return;
    if (phase.kind === 'checking') {
      if (await saving.cancel()) close();
      return;
    }
    if (phase.kind === 'question') saving.dismissQuestion();
    if (isDirty) setConfirmingDiscard(true);
    else close();
  }

  const submit = (confirmations: Confirmations) =>
    save(confirmations, (result) => {
      if (result.ok) {
        close();
        onSaved(result.credential);
      }
    });

  return (
    <ModalDialog
      open={open}
      title="Add New Credential"
      description="For Planhat sources and destinations in this workspace. The token is checked with Planhat, then encrypted at rest."
      icon={<PlanhatMark size={36} />}
      onRequestClose={() => void requestClose()}
      closeDisabled={phase.kind === 'saving'}
      returnFocusTo={returnFocusTo}
    >
      <form
        className={dialogStyles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void submit({ verify: true });
        }}
      >
        <div className={dialogStyles.body} aria-busy={busy}>
          <NewCredentialFields form={form} busy={busy} formError={formError} notice={saving.notice} />
        </div>
        <div className={`${dialogStyles.footer} ${phase.kind === 'checking' || phase.kind === 'question' ? styles.footerPanel : ''}`}>
          {confirmingDiscard ? (
            <div className={styles.discard} role="alert">
              <span>Discard this credential? What you typed will be lost.</span>
              <span className={styles.discardActions}>
                <Button onClick={() => setConfirmingDiscard(false)}>Keep editing</Button>
                <Button variant="danger" onClick={close}>
                  Discard
                </Button>
              </span>
            </div>
          ) : phase.kind === 'checking' || phase.kind === 'question' ? (
            <SaveStatusPanel saving={saving} onAnswer={(answers) => void submit(answers)} onDismissUnverified={() => void requestClose()} />
          ) : (
            <>
              <Button onClick={() => void requestClose()} disabled={busy}>
                Cancel
              </Button>
              <Button type="submit" variant="primary" disabled={busy}>
                {phase.kind === 'saving' && <Spinner />}
                {phase.kind === 'saving' ? 'Saving...' : 'Save'}
              </Button>
            </>
          )}
        </div>
      </form>
    </ModalDialog>
  );
}
