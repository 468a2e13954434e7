'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type RefObject } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describedBy, Field, fieldStyles } from '@/components/ui/field';
import { dialogStyles, ModalDialog } from '@/components/ui/modal-dialog';
import { SecretInput } from '@/components/ui/secret-input';
import { Spinner } from '@/components/ui/spinner';
import { planhatConnector, type PlanhatCredentialInput } from '@/lib/connectors/planhat/spec';
import type { CredentialDto } from '@/lib/credentials/dto';
import { newCredentialSchema } from '@/lib/credentials/schemas';
import { CheckProgress } from './check-progress';
import { FieldGuide } from './field-guide';
import { PlanhatMark } from './planhat-mark';
import { RegionField } from './region-field';
import { answersTo, SaveQuestionPanel } from './save-question';
import { useCredentialSave, type Confirmations } from './use-credential-save';
import styles from './add-credential-overlay.module.css';

type FormValues = { name: string; description: string } & PlanhatCredentialInput;

const schema = newCredentialSchema('planhat');
const tokenField = planhatConnector.fields.find((field) => field.name === 'apiAccessToken')!;
const DESCRIPTION_HELP = 'Recommended, not required: what it is for, data freshness, anything that helps others use it.';

interface OverlayProps {
  open: boolean;
  onClose: () => void;
  onSaved: (credential: CredentialDto) => void;
  returnFocusTo: RefObject<HTMLElement | null>;
}

export function AddCredentialOverlay({ open, onClose, onSaved, returnFocusTo }: OverlayProps) {
  const form = useForm<FormValues>({
    resolver: zodResolver(schema) as never,
    defaultValues: { name: '', description: '', apiAccessToken: '', region: 'auto' },
  });
  const { register, handleSubmit, formState, setError, setFocus, reset } = form;
  // Read during render so react-hook-form tracks them.
  const { errors, isDirty } = formState;
  const [formError, setFormError] = useState<string | null>(null);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const saving = useCredentialSave((failure) => {
    setFormError(failure.formError ?? null);
    const fields = Object.entries(failure.fieldErrors ?? {}).filter(([, messages]) => messages?.[0]);
    for (const [field, messages] of fields) setError(field as keyof FormValues, { message: messages![0] });
    if (fields[0]) setFocus(fields[0][0] as keyof FormValues);
  });
  const { phase } = saving;
  const busy = phase.kind === 'checking' || phase.kind === 'saving';

  function close() {
    reset();
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
    handleSubmit(async (values) => {
      setFormError(null);
      const result = await saving.save(values, confirmations);
      if (result?.ok) {
        close();
        onSaved(result.credential);
      }
    })();

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
          {formError && <Alert tone="error">{formError}</Alert>}
          {saving.notice && <Alert tone="info">{saving.notice}</Alert>}
          <Field id="credential-name" label="Credential Name" required error={errors.name?.message}>
            <input
              id="credential-name"
              className={fieldStyles.input}
              data-autofocus
              readOnly={busy}
              autoComplete="off"
              aria-required
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={describedBy('credential-name', null, errors.name)}
              {...register('name')}
            />
          </Field>
          <Field id="credential-description" label="Credential Description" help={DESCRIPTION_HELP} error={errors.description?.message}>
            <textarea
              id="credential-description"
              className={fieldStyles.input}
              rows={2}
              readOnly={busy}
              aria-invalid={errors.description ? true : undefined}
              aria-describedby={describedBy('credential-description', DESCRIPTION_HELP, errors.description)}
              {...register('description')}
            />
          </Field>
          <div className={styles.token}>
            <Field id="api-access-token" label={tokenField.label} required help={tokenField.helpText} error={errors.apiAccessToken?.message}>
              <SecretInput
                id="api-access-token"
                readOnly={busy}
                aria-required
                aria-invalid={errors.apiAccessToken ? true : undefined}
                aria-describedby={describedBy('api-access-token', tokenField.helpText, errors.apiAccessToken)}
                {...register('apiAccessToken')}
              />
            </Field>
            {tokenField.guide && <FieldGuide guide={tokenField.guide} />}
          </div>
          <RegionField id="planhat-region" error={errors.region?.message} registration={register('region')} disabled={busy} />
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
          ) : phase.kind === 'checking' ? (
            <>
              <CheckProgress probes={phase.probes} startedAt={phase.startedAt} />
              <div className={styles.checkingActions}>
                {phase.tooLateToCancel && <span className="muted small">Planhat has answered; saving now.</span>}
                <Button onClick={() => void saving.cancel()} disabled={phase.cancelling || phase.tooLateToCancel}>
                  {phase.cancelling ? 'Cancelling...' : 'Cancel'}
                </Button>
              </div>
            </>
          ) : phase.kind === 'question' ? (
            <SaveQuestionPanel
              question={phase.question}
              pending={false}
              onRetry={() => void submit({ verify: true })}
              onProceed={() => void submit(answersTo(phase.question))}
              onDismiss={phase.question.kind === 'save-unverified' ? () => void requestClose() : saving.dismissQuestion}
            />
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
