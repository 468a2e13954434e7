'use client';

import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { authCardStyles } from './auth-card';
import { authFetch, UNREACHABLE, type AuthAnswer } from './auth-fetch';
import { PasskeySignIn } from './passkey-sign-in';
import { SecondFactorForm } from './second-factor-form';

/**
 * Posts to Better Auth's own endpoint (not a server action) so its per-IP rate limiter applies;
 * the per-account limit is enforced there too. With two-factor on, the password step is followed
 * by a code; a passkey signs in on its own.
 */
export function SignInForm({ returnTo, email = '' }: { returnTo: string; email?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [step, setStep] = useState<'password' | 'second-factor'>('password');
  const [typedEmail, setTypedEmail] = useState(email);

  async function signIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const address = String(form.get('email')).trim();
    setTypedEmail(address);
    setPending(true);
    setError(null);
    try {
      const answer = await authFetch('/sign-in/email', { email: address, password: String(form.get('password')) });
      if (answer.ok && answer.body.twoFactorRedirect) {
        setStep('second-factor');
      } else if (answer.ok) {
        window.location.assign(returnTo);
        return;
      } else {
        setError(failureMessage(answer));
      }
    } catch {
      setError(UNREACHABLE);
    }
    setPending(false);
  }

  if (step === 'second-factor') {
    return <SecondFactorForm returnTo={returnTo} onRestart={(message) => (setStep('password'), setError(message || null))} />;
  }
  return (
    <div className={authCardStyles.form}>
      {/* POST, so that a submit before hydration never puts the password in a URL. */}
      <form method="post" onSubmit={signIn} className={authCardStyles.form} noValidate>
        {error && <Alert tone="error">{error}</Alert>}
        <TextField id="email" label="Email" type="email" autoComplete="email webauthn" required defaultValue={typedEmail} />
        <TextField id="password" label="Password" type="password" autoComplete="current-password" required />
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? 'Signing in...' : 'Sign in'}
        </Button>
      </form>
      <p className={authCardStyles.divider}>
        <span>or</span>
      </p>
      <PasskeySignIn returnTo={returnTo} />
    </div>
  );
}

function failureMessage(answer: AuthAnswer): string {
  if (answer.status === 429) return answer.body.message ?? 'Too many sign-in attempts. Wait a minute and try again.';
  if (answer.status === 401) return 'That email and password do not match an account. Check them and try again.';
  return 'Sign-in failed. Try again in a moment.';
}
