'use client';

import { useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { dialogStyles, ModalDialog } from '@/components/ui/modal-dialog';

interface ConfirmButtonProps {
  label: string;
  accessibleLabel: string;
  title: string;
  description: string;
  confirmLabel: string;
  pendingLabel: string;
  variant: ButtonVariant;
  confirmVariant: ButtonVariant;
  /** Runs the change; an error message keeps the dialog open to show it. */
  onConfirm: () => Promise<string | null>;
  /**
   * The id of what takes focus after the change when the change removes this button (a revoked
   * row leaving its list): otherwise the browser would drop focus to the page's body.
   */
  focusAfterwards?: string;
}

/** A button that asks first, for changes someone notices at once (delete, rotate, revoke). */
export function ConfirmButton({ label, accessibleLabel, title, description, confirmLabel, pendingLabel, variant, confirmVariant, onConfirm, focusAfterwards }: ConfirmButtonProps) {
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const close = () => {
    setError(null);
    setOpen(false);
  };
  async function confirm() {
    setPending(true);
    const failure = await onConfirm();
    setPending(false);
    if (failure) return setError(failure);
    if (focusAfterwards) {
      setDone(true);
      focusOnceGone(opener, focusAfterwards);
    }
    close();
  }
  return (
    <>
      <Button ref={opener} variant={variant} size="sm" onClick={() => setOpen(true)} aria-haspopup="dialog" aria-label={accessibleLabel}>
        {label}
      </Button>
      <ModalDialog open={open} title={title} description={description} onRequestClose={close} returnFocusTo={done ? undefined : opener}>
        {error && (
          <div className={dialogStyles.body}>
            <Alert tone="error">{error}</Alert>
          </div>
        )}
        <div className={dialogStyles.footer}>
          <Button onClick={close} data-autofocus>
            Cancel
          </Button>
          <Button variant={confirmVariant} disabled={pending} onClick={() => void confirm()}>
            {pending ? pendingLabel : confirmLabel}
          </Button>
        </div>
      </ModalDialog>
    </>
  );
}

/** Waits (up to 3 s) for the refreshed page to remove `button`, then focuses the element with id `targetId`. */
function focusOnceGone(button: { current: HTMLElement | null }, targetId: string) {
  const giveUpAt = Date.now() + 3000;
  const step = () => {
    if (button.current?.isConnected && Date.now() < giveUpAt) return void requestAnimationFrame(step);
    const target = document.getElementById(targetId);
    target?.setAttribute('tabindex', '-1');
    target?.focus();
  };
  requestAnimationFrame(step);
}
