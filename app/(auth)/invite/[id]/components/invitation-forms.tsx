'use client';

import { useActionState } from 'react';
import { acceptInvitation, signUpForInvitation } from '@/app/(auth)/invite/[id]/actions';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { TextField } from '@/components/ui/text-field';
import { authCardStyles } from '@/components/auth/auth-card';

export function InvitationSignUpForm({ invitationId, email }: { invitationId: string; email: string }) {
  const { state, errors, pending, form } = useActionForm(signUpForInvitation);
  return (
    <form {...form} className={authCardStyles.form} noValidate>
      {state && !state.ok && state.formError && <Alert tone="error">{state.formError}</Alert>}
      <input type="hidden" name="invitationId" value={invitationId} />
      <div className={authCardStyles.fixed}>
        <span className={authCardStyles.fixedLabel}>Email</span>
        <span className={authCardStyles.fixedValue}>{email}</span>
        <span className="muted small">Set by your invitation; it can’t be changed here.</span>
        {/* Lets a password manager save the new password under the right account. */}
        <input type="email" autoComplete="username" value={email} readOnly hidden />
      </div>
      <TextField id="name" label="Your name" autoComplete="name" required error={errors.name?.[0]} />
      <TextField id="password" label="Password" type="password" autoComplete="new-password" required help="At least 10 characters." error={errors.password?.[0]} />
      <SubmitButton pending={pending} label="Create account" pendingLabel="Creating account..." />
    </form>
  );
}

export function AcceptInvitationForm({ invitationId, workspaceName }: { invitationId: string; workspaceName: string }) {
  const [state, action] = useActionState(acceptInvitation, null);
  return (
    <form action={action} className={authCardStyles.form}>
      {state && !state.ok && state.formError && <Alert tone="error">{state.formError}</Alert>}
      <input type="hidden" name="invitationId" value={invitationId} />
      <SubmitButton label={`Join ${workspaceName}`} pendingLabel="Joining..." />
    </form>
  );
}
