'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type RefObject } from 'react';
import { useForm } from 'react-hook-form';
import { createCredentialAction, type SaveQuestion } from '@/app/credentials/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describedBy, Field, fieldStyles } from '@/components/ui/field';
import { dialogStyles, ModalDialog } from '@/components/ui/modal-dialog';
import { SecretInput } from '@/components/ui/secret-input';
import { planhatConnector, type PlanhatCredentialInput } from '@/lib/connectors/planhat/spec';
import type { CredentialDto } from '@/lib/credentials/dto';
import { newCredentialSchema } from '@/lib/credentials/schemas';
import { PlanhatMark } from './planhat-mark';
import { RegionField } from './region-field';
import { answersTo, SaveQuestionPanel } from './save-question';
import styles from './add-credential-overlay.module.css';

type FormValues = { name: string; description: string } & PlanhatCredentialInput;
type Confirmations = { verify: boolean; confirmDuplicateToken?: boolean; confirmNoReadAccess?: boolean };

const schema = newCredentialSchema('planhat');
const [tokenField, regionField] = planhatConnector.fields;
const DESCRIPTION_HELP =
  'Recommended but not required. Say what the credential is for, data freshness, and anything else that helps the owner and other users understand and use it.';

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
  const { register, handleSubmit, formState, setError, reset } = form;
  // Read during render so react-hook-form tracks them.
  const { errors, isDirty } = formState;
  const [pending, setPending] = useState<null | 'checking' | 'saving'>(null);
  const [question, setQuestion] = useState<SaveQuestion | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);

  function close() {
    reset();
    setQuestion(null);
    setFormError(null);
    setConfirmingDiscard(false);
    onClose();
  }

  function requestClose() {
    if (pending) return;
    if (isDirty) setConfirmingDiscard(true);
    else close();
  }

  async function save(values: FormValues, confirmations: Confirmations) {
    setPending(confirmations.verify ? 'checking' : 'saving');
    setFormError(null);
    const data = new FormData();
    for (const [key, value] of Object.entries({ ...values, ...confirmations })) if (value !== undefined) data.set(key, String(value));
    try {
      const result = await createCredentialAction(data);
      if (result.ok) {
        close();
        onSaved(result.credential);
        return;
      }
      setQuestion(result.question ?? null);
      setFormError(result.formError ?? null);
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages?.[0]) setError(field as keyof FormValues, { message: messages[0] }, { shouldFocus: true });
      }
    } catch {
      setFormError('Could not reach the server. Check your connection and try again.');
    } finally {
      setPending(null);
    }
  }

  const submit = (confirmations: Confirmations) => handleSubmit((values) => save(values, confirmations))();

  return (
    <ModalDialog
      open={open}
      title="Add New Credential"
      description="Save a Planhat API Access Token. It is checked with Planhat, then encrypted at rest."
      icon={<PlanhatMark size={36} />}
      onRequestClose={requestClose}
      returnFocusTo={returnFocusTo}
    >
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setQuestion(null);
          void submit({ verify: true });
        }}
      >
        <div className={dialogStyles.body}>
          {formError && <Alert tone="error">{formError}</Alert>}
          <fieldset className={styles.section}>
            <legend>Credential Name &amp; Description</legend>
            <Field id="credential-name" label="Credential Name" required error={errors.name?.message}>
              <input
                id="credential-name"
                className={fieldStyles.input}
                data-autofocus
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
                rows={3}
                aria-invalid={errors.description ? true : undefined}
                aria-describedby={describedBy('credential-description', DESCRIPTION_HELP, errors.description)}
                {...register('description')}
              />
            </Field>
          </fieldset>
          <fieldset className={styles.section}>
            <legend>{tokenField!.label}</legend>
            <Field id="api-access-token" label={tokenField!.label} required help={tokenField!.helpText} error={errors.apiAccessToken?.message}>
              <SecretInput
                id="api-access-token"
                aria-required
                aria-invalid={errors.apiAccessToken ? true : undefined}
                aria-describedby={describedBy('api-access-token', tokenField!.helpText, errors.apiAccessToken)}
                {...register('apiAccessToken')}
              />
            </Field>
            <details className={styles.details}>
              <summary>
                {regionField!.label} <span className={styles.summaryValue}>(optional)</span>
              </summary>
              <RegionField id="planhat-region" error={errors.region?.message} registration={register('region')} />
            </details>
          </fieldset>
          {question && (
            <SaveQuestionPanel
              question={question}
              pending={pending !== null}
              onRetry={() => void submit({ verify: true })}
              onProceed={() => void submit(answersTo(question))}
              onDismiss={() => setQuestion(null)}
            />
          )}
        </div>
        <div className={dialogStyles.footer}>
          {confirmingDiscard ? (
            <div className={styles.discard} role="alert">
              <span>Discard this credential? What you typed will be lost.</span>
              <Button onClick={() => setConfirmingDiscard(false)}>Keep editing</Button>
              <Button variant="danger" onClick={close}>
                Discard
              </Button>
            </div>
          ) : (
            <>
              <Button onClick={requestClose} disabled={pending !== null}>
                Cancel
              </Button>
              <Button type="submit" variant="primary" disabled={pending !== null}>
                {pending === 'checking' ? 'Checking with Planhat...' : pending === 'saving' ? 'Saving...' : 'Save'}
              </Button>
            </>
          )}
        </div>
      </form>
      <p className="visually-hidden" aria-live="polite">
        {pending === 'checking' ? 'Checking the token with Planhat' : ''}
      </p>
    </ModalDialog>
  );
}
