'use client';

import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormResult } from '@/lib/action-result';
import { authCardStyles } from './auth-card';

type Action = (previous: FormResult | null, data: FormData) => Promise<FormResult>;

/** The email to send a reset link to; the answer is the same whether or not it has an account. */
export function ForgotPasswordForm({ action }: { action: Action }) {
  const { state, errors, pending, form } = useActionForm(action);
  return (
    <form {...form} className={authCardStyles.form} noValidate>
      {state && !state.ok && state.formError && <Alert tone="error">{state.formError}</Alert>}
      {state?.ok && (
        <Alert tone="success">
          If an account exists for that email, we sent a link to it. The link works once, for 1 hour. Nothing after a few minutes? Check your spam folder, or ask again.
        </Alert>
      )}
      <TextField id="email" label="Email" type="email" autoComplete="email" required error={errors.email?.[0]} />
      <SubmitButton pending={pending} label="Email me a reset link" pendingLabel="Sending..." />
    </form>
  );
}
