'use client';

import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { authCardStyles } from './auth-card';

/**
 * Posts to Better Auth's own endpoint (not a server action) so its per-IP rate limiter applies;
 * the per-account limit is enforced there too.
 */
export function SignInForm({ returnTo, email = '' }: { returnTo: string; email?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function signIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const response = await fetch('/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: String(form.get('email')).trim(), password: String(form.get('password')) }),
      });
      if (response.ok) {
        window.location.assign(returnTo);
        return;
      }
      setError(await failureMessage(response));
    } catch {
      setError('Could not reach the server. Check your connection and try again.');
    }
    setPending(false);
  }

  return (
    // POST, so that a submit before hydration never puts the password in a URL.
    <form method="post" onSubmit={signIn} className={authCardStyles.form} noValidate>
      {error && <Alert tone="error">{error}</Alert>}
      <TextField id="email" label="Email" type="email" autoComplete="email" required defaultValue={email} />
      <TextField id="password" label="Password" type="password" autoComplete="current-password" required />
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? 'Signing in...' : 'Sign in'}
      </Button>
    </form>
  );
}

async function failureMessage(response: Response): Promise<string> {
  if (response.status === 429) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    return body?.message ?? 'Too many sign-in attempts. Wait a minute and try again.';
  }
  if (response.status === 401) return 'That email and password do not match an account. Check them and try again.';
  return 'Sign-in failed. Try again in a moment.';
}
