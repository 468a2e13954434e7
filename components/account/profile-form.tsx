'use client';

import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from './form-action';
import styles from './account.module.css';

/** The person's name (shown to their workspaces) and, read-only, the email they sign in with. */
export function ProfileForm({ name, email, action }: { name: string; email: string; action: FormAction }) {
  const { state, errors, pending, form } = useActionForm(action);
  return (
    <form {...form} noValidate className={styles.form}>
      {state && !state.ok && state.formError && <Alert tone="error">{state.formError}</Alert>}
      <TextField id="name" label="Name" autoComplete="name" required defaultValue={name} help="Shown to the people in your workspaces." error={errors.name?.[0]} />
      <TextField id="account-email" label="Email" type="email" readOnly value={email} help="You sign in with this address. It cannot be changed here." />
      <div className={styles.actions}>
        <SubmitButton pending={pending} label="Save name" pendingLabel="Saving..." />
        {state?.ok && (
          <span className={styles.saved} role="status">
            Saved.
          </span>
        )}
      </div>
    </form>
  );
}
