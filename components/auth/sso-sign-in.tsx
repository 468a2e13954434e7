'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormResult } from '@/lib/action-result';
import { authCardStyles } from './auth-card';

interface SsoSignInProps {
  returnTo: string;
  /** Finds the identity provider of the email's domain and redirects there. */
  startAction: (previous: FormResult | null, data: FormData) => Promise<FormResult>;
}

// The sign-in form's email, when someone typed it there before choosing single sign-on.
const typedEmail = () => (document.querySelector<HTMLInputElement>('form input[name="email"]:not(#sso-email)')?.value ?? '').trim();

/** "Continue with single sign-on": asks for the work email, then goes to that domain's identity provider. */
export function SsoSignIn({ returnTo, startAction }: SsoSignInProps) {
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState('');
  const { state, errors, pending, form } = useActionForm(startAction);
  if (!open) {
    return (
      <Button
        onClick={() => {
          setEmail(typedEmail());
          setOpen(true);
        }}
      >
        Continue with single sign-on
      </Button>
    );
  }
  return (
    <form {...form} noValidate className={authCardStyles.form} aria-label="Single sign-on">
      {state && !state.ok && state.formError && <Alert tone="error">{state.formError}</Alert>}
      <input type="hidden" name="next" value={returnTo} />
      <TextField
        id="sso-email"
        name="email"
        label="Work email"
        type="email"
        autoComplete="email"
        required
        autoFocus
        defaultValue={email}
        help="You continue at your organization’s identity provider."
        error={errors.email?.[0]}
      />
      <SubmitButton pending={pending} label="Continue with single sign-on" pendingLabel="Finding your identity provider..." />
    </form>
  );
}
