'use client';

import { startRegistration } from '@simplewebauthn/browser';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { authFetch, UNREACHABLE, type AuthAnswer } from '@/components/auth/auth-fetch';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { passkeyNameSchema } from '@/lib/auth/passkeys/passkey-schemas';
import styles from './passkeys.module.css';

function refusal(answer: AuthAnswer): { field?: string; form?: string } {
  if (answer.body.code === 'INVALID_PASSKEY_NAME') return { field: answer.body.message };
  if (answer.body.code === 'SESSION_NOT_FRESH' || answer.status === 403) return { form: 'For your security, sign out and sign in again before adding a passkey: this session is more than a day old.' };
  if (answer.status === 401) return { form: 'Your session has ended. Sign in again to continue.' };
  return { form: 'The passkey could not be added. Try again.' };
}

function ceremonyError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'InvalidStateError') return 'That passkey is already registered to your account.';
  if (name === 'NotAllowedError') return 'Adding the passkey was cancelled or timed out.';
  if (name === 'SecurityError') return 'Passkeys work only on this app’s own address (HTTPS or localhost).';
  return UNREACHABLE;
}

/** Names a new passkey and runs the browser's WebAuthn registration against Better Auth's passkey endpoints. */
export function AddPasskeyForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<{ field?: string; form?: string }>({});
  const [pending, setPending] = useState(false);
  const [added, setAdded] = useState<string | null>(null);

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const named = passkeyNameSchema.safeParse(new FormData(form).get('passkeyName'));
    if (!named.success) return setErrors({ field: named.error.issues[0]!.message });
    const name = named.data;
    setPending(true);
    setErrors({});
    setAdded(null);
    try {
      const options = await authFetch(`/passkey/generate-register-options?name=${encodeURIComponent(name)}`);
      if (!options.ok) throw Object.assign(new Error('options'), { answer: options });
      const response = await startRegistration({ optionsJSON: options.body as never });
      const verified = await authFetch('/passkey/verify-registration', { response, name });
      if (!verified.ok) throw Object.assign(new Error('verify'), { answer: verified });
      form.reset();
      setAdded(name);
      router.refresh();
    } catch (error) {
      const answer = (error as { answer?: AuthAnswer }).answer;
      setErrors(answer ? refusal(answer) : { form: ceremonyError(error) });
    }
    setPending(false);
  }

  return (
    <form onSubmit={add} noValidate className={styles.add}>
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      {added && <Alert tone="success">Passkey “{added}” added. You can now sign in with it.</Alert>}
      <div className={styles.addRow}>
        <TextField id="passkeyName" label="Passkey name" placeholder="e.g. Work laptop" maxLength={60} autoComplete="off" required error={errors.field} />
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? 'Waiting for your device...' : 'Add a passkey'}
        </Button>
      </div>
    </form>
  );
}
