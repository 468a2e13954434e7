'use client';

import { useEffect, useRef, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { FormResult } from '@/lib/action-result';
import styles from './connections.module.css';

interface DeleteConnectionProps {
  noun: 'source' | 'destination';
  name: string;
  /** A server action bound to this source or destination; it redirects when it succeeds. */
  action: () => Promise<FormResult>;
}

/** Delete, asked twice: the first press only asks. The credential itself is kept. */
export function DeleteConnection({ noun, name, action }: DeleteConnectionProps) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startDelete] = useTransition();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);

  const asked = useRef(false);

  // Focus follows the question: onto Cancel when it appears, back to Delete when it goes.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (asked.current) deleteRef.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <div className={styles.deleteRow}>
        <Button ref={deleteRef} variant="danger-secondary" onClick={() => setConfirming(true)}>
          Delete {noun}
        </Button>
      </div>
    );
  }
  return (
    <div className={styles.confirm} role="group" aria-labelledby="delete-question">
      <p id="delete-question">
        Delete “{name}”? This can’t be undone. Its credential is kept.
      </p>
      {error && <Alert tone="error">{error}</Alert>}
      <div className={styles.actions}>
        <Button
          variant="danger"
          disabled={pending}
          onClick={() =>
            startDelete(async () => {
              const result = await action();
              if (!result.ok) setError(result.formError ?? 'The delete was refused.');
            })
          }
        >
          {pending ? 'Deleting…' : `Yes, delete ${noun}`}
        </Button>
        <Button ref={cancelRef} disabled={pending} onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
