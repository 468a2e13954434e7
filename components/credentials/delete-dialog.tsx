'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { deleteAction, type ManageResult } from '@/app/credentials/manage-actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { dialogStyles, ModalDialog } from '@/components/ui/modal-dialog';
import { TextField } from '@/components/ui/text-field';
import type { DialogProps } from './credential-actions';

/** Deletes for good, once the person types the credential's name; refused while something uses it. */
export function DeleteDialog({ credential, open, onClose, returnFocusTo }: DialogProps) {
  const router = useRouter();
  const [typed, setTyped] = useState('');
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ManageResult | null>(null);
  const failure = result && !result.ok ? result : null;

  async function remove() {
    setPending(true);
    const data = new FormData();
    data.set('id', credential.id);
    data.set('confirmName', typed);
    const outcome = await deleteAction(data);
    setPending(false);
    if (outcome.ok) {
      router.replace('/credentials');
      return;
    }
    setResult(outcome);
  }

  const close = () => {
    setTyped('');
    setResult(null);
    onClose();
  };

  return (
    <ModalDialog open={open} title={`Delete “${credential.name}”?`} description="The encrypted token is deleted for good. This cannot be undone." onRequestClose={close} returnFocusTo={returnFocusTo}>
      <form onSubmit={(event) => { event.preventDefault(); void remove(); }} noValidate className={dialogStyles.form}>
        <div className={dialogStyles.body}>
          {failure?.formError && (
            <Alert tone="error">
              <p>{failure.formError}</p>
              {failure.usage && (
                <ul>
                  {failure.usage.sources.map((s) => (
                    <li key={s.id}>
                      Source <Link href={`/sources/${s.id}`}>{s.name}</Link> ({s.model})
                    </li>
                  ))}
                  {failure.usage.destinations.map((d) => (
                    <li key={d.id}>
                      Destination <Link href={`/destinations/${d.id}`}>{d.name}</Link> ({d.model})
                    </li>
                  ))}
                </ul>
              )}
            </Alert>
          )}
          <TextField
            id="confirmName"
            label={`Type ${credential.name} to confirm`}
            autoComplete="off"
            data-autofocus
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            error={failure?.fieldErrors?.confirmName?.[0]}
          />
        </div>
        <div className={dialogStyles.footer}>
          <Button onClick={close}>Cancel</Button>
          <Button type="submit" variant="danger" disabled={pending || typed.trim() !== credential.name}>
            {pending ? 'Deleting...' : 'Delete credential'}
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
