'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { dialogStyles, ModalDialog } from '@/components/ui/modal-dialog';
import { revokeRequestAction } from '../actions';

/** Stops a link working at once, after a confirm: whoever holds it then sees "no longer valid". */
export function RevokeRequestButton({ id, name, listHeadingId }: { id: string; name: string; listHeadingId: string }) {
  const router = useRouter();
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);

  async function revoke() {
    setPending(true);
    const data = new FormData();
    data.set('id', id);
    const result = await revokeRequestAction(data);
    setPending(false);
    if (!result.ok) return setError(result.formError ?? 'The request was not revoked. Try again.');
    // This button leaves the row once the refreshed list arrives: carry on from the list's heading.
    setRevoked(true);
    setOpen(false);
    const heading = document.getElementById(listHeadingId);
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
    router.refresh();
  }

  const close = () => {
    setError(null);
    setOpen(false);
  };

  return (
    <>
      <Button ref={opener} variant="danger-secondary" size="sm" onClick={() => setOpen(true)} aria-haspopup="dialog" aria-label={`Revoke ${name}`}>
        Revoke
      </Button>
      <ModalDialog open={open} title="Revoke this request?" description={`The link of ${name} stops working at once: whoever opens it sees that it is no longer valid. This cannot be undone.`} onRequestClose={close} returnFocusTo={revoked ? undefined : opener}>
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
            {pending ? 'Revoking...' : 'Revoke link'}
          </Button>
        </div>
      </ModalDialog>
    </>
  );
}
