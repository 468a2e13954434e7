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
}

/** A button that asks first, for changes a receiver notices at once (delete, rotate). */
export function ConfirmButton({ label, accessibleLabel, title, description, confirmLabel, pendingLabel, variant, confirmVariant, onConfirm }: ConfirmButtonProps) {
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    setOpen(false);
  };
  async function confirm() {
    setPending(true);
    const failure = await onConfirm();
    setPending(false);
    if (failure) setError(failure);
    else close();
  }
  return (
    <>
      <Button ref={opener} variant={variant} size="sm" onClick={() => setOpen(true)} aria-label={accessibleLabel}>
        {label}
      </Button>
      <ModalDialog open={open} title={title} description={description} onRequestClose={close} returnFocusTo={opener}>
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
