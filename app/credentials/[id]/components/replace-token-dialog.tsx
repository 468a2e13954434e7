'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { SaveQuestion } from '@/lib/credentials/save-question';
import { replaceTokenAction } from '@/app/credentials/manage-actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describedBy, Field } from '@/components/ui/field';
import { dialogStyles, ModalDialog } from '@/components/ui/modal-dialog';
import { SecretInput } from '@/components/ui/secret-input';
import { Spinner } from '@/components/ui/spinner';
import { planhatConnector, planhatCredentialSchema, type PlanhatCredentialInput } from '@/lib/connectors/planhat/spec';
import type { DialogProps } from '@/components/credentials/dialog-props';
import { RegionField } from '@/components/credentials/region-field';
import { SaveQuestionPanel, answersTo } from '@/components/credentials/save-question';

const tokenField = planhatConnector.fields.find((field) => field.name === 'apiAccessToken')!;

/** Its own small dialog with an empty field: the stored token is never shown or echoed. */
export function ReplaceTokenDialog({ credential, open, onClose, returnFocusTo }: DialogProps) {
  const router = useRouter();
  const { register, handleSubmit, formState, setError, reset } = useForm<PlanhatCredentialInput>({
    resolver: zodResolver(planhatCredentialSchema) as never,
    defaultValues: { apiAccessToken: '', region: 'auto' },
  });
  const [question, setQuestion] = useState<SaveQuestion | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const errors = formState.errors;

  const close = () => {
    reset();
    setQuestion(null);
    setFormError(null);
    onClose();
  };

  const submit = (answers: Record<string, boolean | undefined>) =>
    handleSubmit(async (values) => {
      setPending(true);
      setFormError(null);
      const data = new FormData();
      for (const [key, value] of Object.entries({ ...values, ...answers, id: credential.id, version: credential.version })) {
        if (value !== undefined) data.set(key, String(value));
      }
      const result = await replaceTokenAction(data);
      setPending(false);
      if (result.ok) {
        close();
        router.refresh();
        return;
      }
      setQuestion(result.question ?? null);
      setFormError(result.formError ?? null);
      if (result.current) router.refresh();
      const tokenError = result.fieldErrors?.apiAccessToken?.[0];
      if (tokenError) setError('apiAccessToken', { message: tokenError }, { shouldFocus: true });
    })();

  return (
    <ModalDialog open={open} title="Replace token" description={`Paste a new API Access Token for “${credential.name}”. It is checked with Planhat before it replaces the current one.`} onRequestClose={close} returnFocusTo={returnFocusTo}>
      <form onSubmit={(event) => { event.preventDefault(); setQuestion(null); void submit({ verify: true }); }} noValidate className={dialogStyles.form}>
        <div className={dialogStyles.body}>
          {formError && <Alert tone="error">{formError}</Alert>}
          <Field id="new-token" label={`New ${tokenField.label}`} required help={tokenField.helpText} error={errors.apiAccessToken?.message}>
            <SecretInput id="new-token" data-autofocus readOnly={pending} aria-invalid={errors.apiAccessToken ? true : undefined} aria-describedby={describedBy('new-token', tokenField.helpText, errors.apiAccessToken)} {...register('apiAccessToken')} />
          </Field>
          <RegionField id="new-region" error={errors.region?.message} registration={register('region')} disabled={pending} />
        </div>
        <div className={dialogStyles.footer}>
          {question ? (
            <SaveQuestionPanel question={question} pending={pending} onRetry={() => void submit({ verify: true })} onProceed={() => void submit(answersTo(question))} onDismiss={() => setQuestion(null)} />
          ) : (
            <>
              <Button onClick={close} disabled={pending}>Cancel</Button>
              <Button type="submit" variant="primary" disabled={pending}>
                {pending && <Spinner />}
                {pending ? 'Checking with Planhat...' : 'Replace token'}
              </Button>
            </>
          )}
        </div>
      </form>
    </ModalDialog>
  );
}
