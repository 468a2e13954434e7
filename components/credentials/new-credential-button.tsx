'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { LazyAddCredentialOverlay, loadAddCredentialOverlay } from './lazy-add-credential-overlay';


/** "New credential" outside a source or destination flow: the same overlay, then the new credential's page. */
export function NewCredentialButton({ label = 'New credential' }: { label?: string }) {
  const router = useRouter();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  return (
    <>
      <Button
        ref={buttonRef}
        variant="primary"
        aria-haspopup="dialog"
        onPointerEnter={() => void loadAddCredentialOverlay()}
        onFocus={() => void loadAddCredentialOverlay()}
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
      >
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
          <path d="M7 2v10M2 7h10" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        {label}
      </Button>
      {wanted && (
        <LazyAddCredentialOverlay
          open={open}
          returnFocusTo={buttonRef}
          onClose={() => setOpen(false)}
          onSaved={(credential) => router.push(`/credentials/${credential.id}?created=1`)}
        />
      )}
    </>
  );
}
