'use client';

import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormResult } from '@/lib/action-result';
import styles from './two-factor-policy-form.module.css';

interface TwoFactorPolicyFormProps {
  required: boolean;
  /** Members without two-factor today (they are asked to set it up on their next page). */
  membersWithout: number;
  canEdit: boolean;
  action: (previous: FormResult<{ required: boolean }> | null, data: FormData) => Promise<FormResult<{ required: boolean }>>;
}

/** Settings → Security: whether every member must use two-factor authentication. */
export function TwoFactorPolicyForm({ required, membersWithout, canEdit, action }: TwoFactorPolicyFormProps) {
  const { state, pending, form } = useActionForm(action);
  return (
    <form {...form} noValidate className={styles.form}>
      {state && !state.ok && state.formError && <Alert tone="error">{state.formError}</Alert>}
      {state?.ok && <Alert tone="success">{state.required ? 'Two-factor authentication is now required.' : 'Two-factor authentication is no longer required.'}</Alert>}
      <label className={styles.check}>
        <input type="checkbox" name="requireTwoFactor" value="on" defaultChecked={required} disabled={!canEdit || pending} />
        <span>
          <strong>Require two-factor authentication</strong>
          <span className="muted">
            Everyone in this workspace must set up an authenticator app. People without it are sent to set it up before they can do anything
            else here.
          </span>
        </span>
      </label>
      <p className={styles.count}>
        {membersWithout === 0 ? 'Every member has two-factor authentication on.' : `${membersWithout} ${membersWithout === 1 ? 'member does' : 'members do'} not have two-factor authentication on yet.`}
      </p>
      {canEdit && (
        <div>
          <SubmitButton pending={pending} label="Save" pendingLabel="Saving..." />
        </div>
      )}
    </form>
  );
}
