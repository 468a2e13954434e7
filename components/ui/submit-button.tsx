'use client';

import { useFormStatus } from 'react-dom';
import { Button, type ButtonSize, type ButtonVariant } from './button';

/** A submit button that shows `pendingLabel` and blocks double submits while its form is sending. */
export function SubmitButton({ label, pendingLabel, variant = 'primary', size }: { label: string; pendingLabel: string; variant?: ButtonVariant; size?: ButtonSize }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} size={size} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : label}
    </Button>
  );
}
