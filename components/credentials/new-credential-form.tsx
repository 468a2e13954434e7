'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { describedBy, Field, fieldStyles } from '@/components/ui/field';
import { SecretInput } from '@/components/ui/secret-input';
import { planhatConnector, planhatCredentialSchema, type PlanhatCredentialInput } from '@/lib/connectors/planhat/spec';
import { newCredentialSchema } from '@/lib/credentials/schemas';
import { FieldGuide } from './field-guide';
import { RegionField } from './region-field';
import { useCredentialSave, type Confirmations, type CredentialSaver, type SaveResult } from './use-credential-save';
import styles from './add-credential-overlay.module.css';

export type NewCredentialValues = { name: string; description: string } & PlanhatCredentialInput;

const fullSchema = newCredentialSchema('planhat');
const tokenField = planhatConnector.fields.find((field) => field.name === 'apiAccessToken')!;
const DESCRIPTION_HELP = 'Recommended, not required: what it is for, data freshness, anything that helps others use it.';

interface Options<Result extends SaveResult> {
  /** Only the token and region: a replacement keeps its credential's name and description. */
  tokenOnly?: boolean;
  /** A suggested name, for example. */
  defaults?: Partial<NewCredentialValues>;
  /** Told about every refusal after its field errors are shown (and the first one focused). */
  onFailure?: (failure: Extract<Result, { ok: false }>) => void;
}

/**
 * The Add New Credential form's state, wherever it is shown (the overlay, a request link's page):
 * one schema for the browser and the server, the save's live phase, and its errors on the fields.
 */
export function useNewCredentialForm<Result extends SaveResult>(saver: CredentialSaver<Result>, { tokenOnly = false, defaults, onFailure }: Options<Result> = {}) {
  const form = useForm<NewCredentialValues>({
    resolver: zodResolver(tokenOnly ? planhatCredentialSchema : fullSchema) as never,
    defaultValues: { name: '', description: '', apiAccessToken: '', region: 'auto', ...defaults },
  });
  const [formError, setFormError] = useState<string | null>(null);
  const saving = useCredentialSave(saver, (failure) => {
    setFormError(failure.formError ?? null);
    const fields = Object.entries(failure.fieldErrors ?? {}).filter(([, messages]) => messages?.[0]);
    for (const [field, messages] of fields) form.setError(field as keyof NewCredentialValues, { message: messages![0] });
    if (fields[0]) form.setFocus(fields[0][0] as keyof NewCredentialValues);
    onFailure?.(failure);
  });
  const busy = saving.phase.kind === 'checking' || saving.phase.kind === 'saving';

  /** Validates, then saves; `onResult` hears how it ended (not when it was cancelled meanwhile). */
  const submit = (confirmations: Confirmations, onResult?: (result: Result) => void, extra?: Record<string, string>) =>
    form.handleSubmit(async (values) => {
      setFormError(null);
      const posted = tokenOnly ? { apiAccessToken: values.apiAccessToken, region: values.region ?? 'auto' } : values;
      const result = await saving.save(posted as Record<string, string>, confirmations, extra);
      if (result) onResult?.(result);
    })();

  return { form, saving, busy, formError, setFormError, submit };
}

/** The form's alerts and fields, with the product guide's labels and help. */
export function NewCredentialFields({ form, busy, formError, notice, tokenOnly = false }: { form: UseFormReturn<NewCredentialValues>; busy: boolean; formError: string | null; notice: string | null; tokenOnly?: boolean }) {
  const { register, formState } = form;
  // Read during render so react-hook-form tracks them.
  const { errors } = formState;
  return (
    <>
      {formError && <Alert tone="error">{formError}</Alert>}
      {notice && <Alert tone="info">{notice}</Alert>}
      {!tokenOnly && (
        <>
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
        </>
      )}
      <div className={styles.token}>
        <Field id="api-access-token" label={tokenField.label} required help={tokenField.helpText} error={errors.apiAccessToken?.message}>
          <SecretInput
            id="api-access-token"
            data-autofocus={tokenOnly || undefined}
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
    </>
  );
}
