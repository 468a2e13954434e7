'use client';

import { inviteMember, type InviteResult } from '@/app/settings/members/actions';
import { Alert } from '@/components/ui/alert';
import { CopyLink } from '@/components/ui/copy-field';
import { describedBy, Field, fieldStyles } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { TextField } from '@/components/ui/text-field';
import styles from './members.module.css';

function sentence(result: Extract<InviteResult, { ok: true }>): string {
  if (result.emailed === 'queued') return `Invitation created and emailed to ${result.email}: the email goes out in the background (the list below says once it is sent). You can also send this link yourself; it works for 7 days:`;
  if (result.emailed === 'not-queued') return `Invitation created, but its email could not be queued. Send this link to ${result.email} yourself; it works for 7 days:`;
  return 'Invitation created. Email is off on this server, so send this link to your colleague yourself; it works for 7 days:';
}

export function InviteForm() {
  const { state, errors, pending, form } = useActionForm(inviteMember);
  return (
    <form {...form} noValidate className={styles.stack}>
      {state && !state.ok && state.formError && <Alert tone="error">{state.formError}</Alert>}
      <div className={styles.inviteForm}>
        <TextField id="email" label="Email" type="email" autoComplete="off" required error={errors.email?.[0]} />
        <Field id="role" label="Role" error={errors.role?.[0]}>
          <select id="role" name="role" className={fieldStyles.input} defaultValue="member" aria-describedby={describedBy('role', null, errors.role)}>
            <option value="member">Member</option>
            <option value="admin">Admin</option>
          </select>
        </Field>
        <SubmitButton pending={pending} label="Create invitation" pendingLabel="Creating..." />
      </div>
      {state?.ok && (
        <Alert tone="success">
          <p>{sentence(state)}</p>
          <CopyLink path={`/invite/${state.invitationId}`} label="Invitation link" />
        </Alert>
      )}
    </form>
  );
}
