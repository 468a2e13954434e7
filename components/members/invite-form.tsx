'use client';

import { useActionState } from 'react';
import { inviteMember } from '@/app/settings/members/actions';
import { Alert } from '@/components/ui/alert';
import { CopyLink } from '@/components/ui/copy-field';
import { describedBy, Field, fieldStyles } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFocusFirstError } from '@/components/ui/use-focus-first-error';
import { TextField } from '@/components/ui/text-field';
import styles from './members.module.css';

export function InviteForm() {
  const [state, action] = useActionState(inviteMember, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const formRef = useFocusFirstError(state && !state.ok ? state : null);
  return (
    <form ref={formRef} action={action} noValidate className={styles.stack}>
      {state && !state.ok && state.formError && <Alert tone="error">{state.formError}</Alert>}
      <div className={styles.inviteForm}>
        <TextField id="email" label="Email" type="email" autoComplete="off" required error={errors.email?.[0]} />
        <Field id="role" label="Role" error={errors.role?.[0]}>
          <select id="role" name="role" className={fieldStyles.input} defaultValue="member" aria-describedby={describedBy('role', null, errors.role)}>
            <option value="member">Member</option>
            <option value="admin">Admin</option>
          </select>
        </Field>
        <SubmitButton label="Create invitation" pendingLabel="Creating..." />
      </div>
      {state?.ok && (
        <Alert tone="success">
          <p>Invitation created. Send this link to your colleague; it works for 7 days:</p>
          <CopyLink path={`/invite/${state.invitationId}`} label="Invitation link" />
        </Alert>
      )}
    </form>
  );
}
