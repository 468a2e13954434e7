'use client';

import { useRef, useState } from 'react';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { RequestDialog, type RequestMode } from './request-dialog';

interface Props {
  mode: RequestMode;
  label?: string;
  variant?: ButtonVariant;
  className?: string;
}

/** "Request from someone else" (or "Ask for a new token"): opens the request dialog. */
export function RequestButton({ mode, label = 'Request from someone else', variant = 'secondary', className }: Props) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button ref={buttonRef} variant={variant} className={className} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M2.5 4.5h11v7h-11z M2.5 4.5 8 9l5.5-4.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
        </svg>
        {label}
      </Button>
      <RequestDialog mode={mode} open={open} onClose={() => setOpen(false)} returnFocusTo={buttonRef} />
    </>
  );
}
