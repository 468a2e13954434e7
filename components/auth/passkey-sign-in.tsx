'use client';

import { startAuthentication, WebAuthnError } from '@simplewebauthn/browser';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { authFetch, UNREACHABLE } from './auth-fetch';

function ceremonyError(error: unknown): string {
  if (error instanceof WebAuthnError && error.code === 'ERROR_CEREMONY_ABORTED') return 'Passkey sign-in was cancelled.';
  if (error instanceof Error && error.name === 'NotAllowedError') return 'Passkey sign-in was cancelled or timed out. Try again, or sign in with your password.';
  if (error instanceof Error && error.name === 'SecurityError') return 'Passkeys work only on this app’s own address (HTTPS or localhost). Sign in with your password.';
  return UNREACHABLE;
}

/** "Sign in with a passkey": the browser's WebAuthn prompt against Better Auth's passkey endpoints. */
export function PasskeySignIn({ returnTo }: { returnTo: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function signIn() {
    setPending(true);
    setError(null);
    try {
      const options = await authFetch('/passkey/generate-authenticate-options');
      if (!options.ok) throw new Error('options');
      const response = await startAuthentication({ optionsJSON: options.body as never });
      const verified = await authFetch('/passkey/verify-authentication', { response });
      if (verified.ok) {
        window.location.assign(returnTo);
        return;
      }
      setError(verified.status === 429 ? 'Too many attempts. Wait a minute and try again.' : 'That passkey is not registered to an account here. Sign in with your password, then add it under Account.');
    } catch (caught) {
      setError(ceremonyError(caught));
    }
    setPending(false);
  }

  return (
    <>
      {error && <Alert tone="error">{error}</Alert>}
      <Button onClick={signIn} disabled={pending}>
        {pending ? 'Waiting for your passkey...' : 'Sign in with a passkey'}
      </Button>
    </>
  );
}
