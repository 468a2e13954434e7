'use client';

import { useEffect } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CopyField } from '@/components/ui/copy-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { AuthenticatorSetupResult, TwoFactorActions } from './two-factor-actions';
import styles from './two-factor.module.css';

/** Step 2 of the setup: scan the QR code (or type the key), then prove it with a first code. */
export function ScanStep({ setup, confirm, onConfirmed, onCancel }: { setup: AuthenticatorSetupResult; confirm: TwoFactorActions['confirm']; onConfirmed: () => void; onCancel: () => void }) {
  const { state, errors, pending, form } = useActionForm(confirm);
  useEffect(() => {
    if (state?.ok) onConfirmed();
  }, [state, onConfirmed]);
  return (
    <div className={styles.scan}>
      {/* uqr drew this SVG on the server from the otpauth:// link; it holds no markup from anyone else. */}
      <div className={styles.qr} role="img" aria-label="QR code for your authenticator app" dangerouslySetInnerHTML={{ __html: setup.qrSvg }} />
      <form {...form} noValidate className={styles.form}>
        <ol className={styles.steps}>
          <li>
            <strong>Scan the QR code</strong> with an authenticator app such as 1Password, Google Authenticator, Microsoft Authenticator or Authy.
          </li>
          <li>
            <strong>Can’t scan it?</strong> Add an account in the app by hand with this setup key (time-based):
            <CopyField value={setup.setupKey} label="Setup key" action="Copy key" copiedMessage="Setup key copied to the clipboard" secret />
          </li>
          <li>
            <strong>Enter the 6-digit code</strong> the app now shows for Credential Manager.
          </li>
        </ol>
        {state && !state.ok && state.formError && <Alert tone="error">{state.formError}</Alert>}
        <TextField id="code" label="Authentication code" autoComplete="one-time-code" inputMode="numeric" spellCheck={false} required error={errors.code?.[0]} />
        <div className={styles.actions}>
          <SubmitButton pending={pending} label="Turn on two-factor authentication" pendingLabel="Checking code..." />
          <Button onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
        </div>
      </form>
    </div>
  );
}
