'use client';

import { useFormStatus } from 'react-dom';
import { Button, type ButtonSize, type ButtonVariant } from './button';

interface SubmitButtonProps {
  label: string;
  pendingLabel: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** For forms submitted by hand (useActionForm), where the form status does not know. */
  pending?: boolean;
}

/** A submit button that shows `pendingLabel` and blocks double submits while its form is sending. */
export function SubmitButton({ label, pendingLabel, variant = 'primary', size, pending: submitting }: SubmitButtonProps) {
  const status = useFormStatus();
  const pending = submitting ?? status.pending;
  return (
    <Button type="submit" variant={variant} size={size} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : label}
    </Button>
  );
}
