'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { recheckAction } from '@/app/credentials/manage-actions';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { credentialState, stateLabels } from '@/lib/credentials/credential-state';

/** Runs the Planhat check on the stored token now and says how it went. */
export function RecheckButton({ id, name, variant = 'secondary' }: { id: string; name: string; variant?: ButtonVariant }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState('');
  return (
    <>
      <Button
        variant={variant}
        disabled={pending}
        aria-label={`Re-check ${name}`}
        onClick={() =>
          startTransition(async () => {
            setMessage('');
            const data = new FormData();
            data.set('id', id);
            const result = await recheckAction(data);
            if (!result.ok) {
              // Keep the explanation on screen (a refresh could navigate away, e.g. to sign in).
              setMessage(result.formError ?? 'The check failed.');
              return;
            }
            setMessage(result.credential ? `Checked: ${stateLabels[credentialState(result.credential)]}` : '');
            router.refresh();
          })
        }
      >
        {pending ? 'Checking with Planhat...' : 'Re-check'}
      </Button>
      <span role="status" className="muted small">
        {message}
      </span>
    </>
  );
}
