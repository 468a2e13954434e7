'use client';

import { useActionState } from 'react';
import { acceptInvitation, signUpForInvitation } from '@/app/(auth)/invite/[id]/actions';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFocusFirstError } from '@/components/ui/use-focus-first-error';
import { TextField } from '@/components/ui/text-field';
import { authCardStyles } from './auth-card';

export function InvitationSignUpForm({ invitationId, email }: { invitationId: string; email: string }) {
  const [state, action] = useActionState(signUpForInvitation, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const formRef = useFocusFirstError(state && !state.ok ? state : null);
  return (
    <form ref={formRef} action={action} className={authCardStyles.form} noValidate>
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
      <SubmitButton label="Create account" pendingLabel="Creating account..." />
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
