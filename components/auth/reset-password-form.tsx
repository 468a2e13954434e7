'use client';

import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormResult } from '@/lib/action-result';
import { authCardStyles } from './auth-card';

type Action = (previous: FormResult | null, data: FormData) => Promise<FormResult>;

/** The new password twice, with the link's token; success goes on to sign in. */
export function ResetPasswordForm({ token, action }: { token: string; action: Action }) {
  const { state, errors, pending, form } = useActionForm(action);
  return (
    <form {...form} className={authCardStyles.form} noValidate>
      {state && !state.ok && state.formError && <Alert tone="error">{state.formError}</Alert>}
      <input type="hidden" name="token" value={token} />
      <TextField id="newPassword" label="New password" type="password" autoComplete="new-password" required help="10 to 128 characters." error={errors.newPassword?.[0]} />
      <TextField id="confirmPassword" label="Confirm new password" type="password" autoComplete="new-password" required error={errors.confirmPassword?.[0]} />
      <SubmitButton pending={pending} label="Set new password" pendingLabel="Setting password..." />
    </form>
  );
}
