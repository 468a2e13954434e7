'use client';

import { useRef, useState } from 'react';
import { revokeApiKeyAction } from '@/app/settings/api-keys/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { dialogStyles, ModalDialog } from '@/components/ui/modal-dialog';

/** Revoking breaks whatever uses the key at once, so it is confirmed in a dialog first. */
export function RevokeApiKeyButton({ keyId, name, listHeadingId }: { keyId: string; name: string; listHeadingId: string }) {
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);

  async function revoke() {
    setPending(true);
    const data = new FormData();
    data.set('keyId', keyId);
    const result = await revokeApiKeyAction(data);
    setPending(false);
    if (!result.ok) {
      setError(result.formError ?? 'The key was not revoked. Try again.');
      return;
    }
    // This row, the open dialog and the button focus would go back to leave the page when the
    // refreshed list arrives, and the browser then drops focus to <body>: once they are gone,
    // continue from the list's heading.
    setRevoked(true);
    setOpen(false);
    const giveUpAt = Date.now() + 3000;
    const focusHeadingOnceGone = () => {
      if (opener.current?.isConnected && Date.now() < giveUpAt) return requestAnimationFrame(focusHeadingOnceGone);
      const heading = document.getElementById(listHeadingId);
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
    };
    requestAnimationFrame(focusHeadingOnceGone);
  }

  const close = () => {
    setError(null);
    setOpen(false);
  };

  return (
    <>
      <Button ref={opener} variant="danger-secondary" size="sm" onClick={() => setOpen(true)} aria-label={`Revoke ${name}`}>
        Revoke
      </Button>
      <ModalDialog open={open} title={`Revoke “${name}”?`} description="Anything using this key gets 401 from its next request. This cannot be undone." onRequestClose={close} returnFocusTo={revoked ? undefined : opener}>
        {error && (
          <div className={dialogStyles.body}>
            <Alert tone="error">{error}</Alert>
          </div>
        )}
        <div className={dialogStyles.footer}>
          <Button onClick={close} data-autofocus>
            Cancel
          </Button>
          <Button variant="danger" disabled={pending} onClick={() => void revoke()}>
            {pending ? 'Revoking...' : 'Revoke key'}
          </Button>
        </div>
      </ModalDialog>
    </>
  );
}
