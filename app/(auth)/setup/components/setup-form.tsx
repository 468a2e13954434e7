'use client';

import { setUpFirstAccount } from '@/app/(auth)/setup/actions';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { TextField } from '@/components/ui/text-field';
import { authCardStyles } from '@/components/auth/auth-card';

export function SetupForm() {
  const { state, errors, pending, form } = useActionForm(setUpFirstAccount);
  return (
    <form {...form} className={authCardStyles.form} noValidate>
      {state && !state.ok && state.formError && <Alert tone="error">{state.formError}</Alert>}
      <TextField id="name" label="Your name" autoComplete="name" required error={errors.name?.[0]} />
      <TextField id="email" label="Work email" type="email" autoComplete="email" required error={errors.email?.[0]} />
      <TextField
        id="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        help="At least 10 characters."
        error={errors.password?.[0]}
      />
      <TextField
        id="workspaceName"
        label="Workspace name"
        autoComplete="organization"
        required
        help="Usually your company or team. You can invite colleagues to it next."
        error={errors.workspaceName?.[0]}
      />
      <SubmitButton pending={pending} label="Create account and workspace" pendingLabel="Creating your workspace..." />
    </form>
  );
}
