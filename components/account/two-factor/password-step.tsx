'use client';

import { useEffect } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormResult } from '@/lib/action-result';
import styles from './two-factor.module.css';

interface PasswordStepProps<Success extends object> {
  action: (previous: FormResult<Success> | null, data: FormData) => Promise<FormResult<Success>>;
  intro: string;
  submit: string;
  pendingLabel: string;
  danger?: boolean;
  onDone: (result: { ok: true } & Success) => void;
  onCancel: () => void;
}

/** "Confirm it's you": the password before turning two-factor on or off, or making new recovery codes. */
export function PasswordStep<Success extends object>({ action, intro, submit, pendingLabel, danger, onDone, onCancel }: PasswordStepProps<Success>) {
  const { state, errors, pending, form } = useActionForm(action);
  useEffect(() => {
    if (state?.ok) onDone(state);
  }, [state, onDone]);
  return (
    <form {...form} noValidate className={styles.form}>
      <p className="muted">{intro}</p>
      {state && !state.ok && state.formError && <Alert tone="error">{state.formError}</Alert>}
      <TextField id="password" label="Password" type="password" autoComplete="current-password" required autoFocus error={errors.password?.[0]} />
      <div className={styles.actions}>
        <SubmitButton pending={pending} label={submit} pendingLabel={pendingLabel} variant={danger ? 'danger' : 'primary'} />
        <Button onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
