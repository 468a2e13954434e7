'use client';

import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from './form-action';
import styles from './account.module.css';

/** Current password, new one twice. A change signs out every other session; this one stays signed in. */
export function PasswordForm({ action }: { action: FormAction }) {
  const { state, errors, pending, form } = useActionForm(action);
  return (
    <form {...form} noValidate className={styles.form}>
      {state && !state.ok && state.formError && <Alert tone="error">{state.formError}</Alert>}
      {state?.ok && <Alert tone="success">Password changed. Every other session was signed out; you are still signed in here.</Alert>}
      <TextField id="currentPassword" label="Current password" type="password" autoComplete="current-password" required error={errors.currentPassword?.[0]} />
      <TextField id="newPassword" label="New password" type="password" autoComplete="new-password" required help="10 to 128 characters." error={errors.newPassword?.[0]} />
      <TextField id="confirmPassword" label="Confirm new password" type="password" autoComplete="new-password" required error={errors.confirmPassword?.[0]} />
      <div className={styles.actions}>
        <SubmitButton pending={pending} label="Change password" pendingLabel="Changing password..." />
      </div>
    </form>
  );
}
