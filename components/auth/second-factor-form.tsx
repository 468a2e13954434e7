'use client';

import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { authCardStyles } from './auth-card';
import { authFetch, UNREACHABLE, type AuthAnswer } from './auth-fetch';
import styles from './second-factor-form.module.css';

type Method = 'app' | 'recovery';

const COPY: Record<Method, { label: string; help: string; switchTo: string }> = {
  app: { label: 'Authentication code', help: 'The 6-digit code your authenticator app shows for Credential Manager.', switchTo: 'Use a recovery code instead' },
  recovery: { label: 'Recovery code', help: 'One of the 10 codes you saved when you set up two-factor authentication. Each works once.', switchTo: 'Use your authenticator app instead' },
};

/** Says why a code was refused, in words; `restart` when the password step has to be done again. */
function refusal(method: Method, answer: AuthAnswer): { message: string; restart?: boolean } {
  const code = answer.body.code;
  if (code === 'TOTP_CODE_REUSED') return { message: answer.body.message ?? 'That code was used already.' };
  if (code === 'INVALID_TWO_FACTOR_COOKIE') return { message: 'Your sign-in took too long. Enter your email and password again.', restart: true };
  if (code === 'TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE') return { message: 'Too many wrong codes. Enter your email and password again.', restart: true };
  if (code === 'ACCOUNT_TEMPORARILY_LOCKED') return { message: 'Too many wrong codes for this account. Wait 15 minutes and try again.', restart: true };
  if (answer.status === 429) return { message: 'Too many attempts. Wait a few seconds and try again.' };
  if (answer.status === 401 || answer.status === 400) {
    return { message: method === 'app' ? 'That code is not right. Enter the code your authenticator app shows now.' : 'That recovery code is not valid, or it was used already.' };
  }
  return { message: 'Sign-in failed. Try again in a moment.' };
}

/** The second step of a password sign-in when two-factor authentication is on. */
export function SecondFactorForm({ returnTo, onRestart }: { returnTo: string; onRestart: (message: string) => void }) {
  const [method, setMethod] = useState<Method>('app');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const copy = COPY[method];

  async function verify(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code')).replace(/\s+/gu, '');
    if (!code) {
      setError(method === 'app' ? 'Enter the 6-digit code from your authenticator app.' : 'Enter one of your recovery codes.');
      return;
    }
    setPending(true);
    setError(null);
    try {
      const answer = await authFetch(method === 'app' ? '/two-factor/verify-totp' : '/two-factor/verify-backup-code', { code });
      if (answer.ok) {
        window.location.assign(returnTo);
        return;
      }
      const { message, restart } = refusal(method, answer);
      if (restart) return onRestart(message);
      setError(message);
    } catch {
      setError(UNREACHABLE);
    }
    setPending(false);
  }

  return (
    <form method="post" onSubmit={verify} className={authCardStyles.form} noValidate aria-labelledby="second-factor-title">
      <div className={styles.head}>
        <h2 id="second-factor-title">Two-factor authentication</h2>
        <p className="muted">Your account is protected with a second step.</p>
      </div>
      <TextField
        key={method}
        id="code"
        label={copy.label}
        help={copy.help}
        error={error ?? undefined}
        autoComplete="one-time-code"
        inputMode={method === 'app' ? 'numeric' : 'text'}
        spellCheck={false}
        autoFocus
        required
      />
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? 'Checking...' : 'Verify and sign in'}
      </Button>
      <div className={styles.links}>
        <button type="button" className="link-button" onClick={() => (setMethod(method === 'app' ? 'recovery' : 'app'), setError(null))}>
          {copy.switchTo}
        </button>
        <button type="button" className="link-button" onClick={() => onRestart('')}>
          Start over
        </button>
      </div>
      {error === UNREACHABLE && <Alert tone="error">{error}</Alert>}
    </form>
  );
}
