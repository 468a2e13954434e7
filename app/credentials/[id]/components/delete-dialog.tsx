'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { deleteAction, type ManageResult } from '@/app/credentials/manage-actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { dialogStyles, ModalDialog } from '@/components/ui/modal-dialog';
import { TextField } from '@/components/ui/text-field';
import type { CredentialUsage } from '@/lib/credentials/credential-usage';
import type { DialogProps } from '@/components/credentials/dialog-props';
import { CredentialUses, usesCount } from '@/components/credentials/credential-uses';

/**
 * Deletes for good, once the person types the credential's name. A credential in use cannot be
 * deleted, and the dialog says so before anything is typed.
 */
export function DeleteDialog({ credential, usage, open, onClose, returnFocusTo }: DialogProps & { usage: CredentialUsage }) {
  const router = useRouter();
  const [typed, setTyped] = useState('');
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ManageResult | null>(null);
  const failure = result && !result.ok ? result : null;
  // What the page knew, or what the refusal just said (something started using it meanwhile).
  const uses = failure?.usage ?? usage;
  const inUse = usesCount(uses) > 0;

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

  if (inUse) {
    const count = usesCount(uses);
    return (
      <ModalDialog
        open={open}
        title={`“${credential.name}” is in use`}
        description={`It can’t be deleted while ${count === 1 ? 'a source or destination uses' : `${count} sources and destinations use`} it. Move them to another credential or delete them first.`}
        onRequestClose={close}
        returnFocusTo={returnFocusTo}
      >
        <div className={dialogStyles.body}>
          <CredentialUses usage={uses} />
        </div>
        <div className={dialogStyles.footer}>
          <Button variant="primary" onClick={close} data-autofocus>
            Close
          </Button>
        </div>
      </ModalDialog>
    );
  }

  return (
    <ModalDialog open={open} title={`Delete “${credential.name}”?`} description="The encrypted token and this credential are deleted for good. This cannot be undone." onRequestClose={close} returnFocusTo={returnFocusTo}>
      <form onSubmit={(event) => { event.preventDefault(); void remove(); }} noValidate className={dialogStyles.form}>
        <div className={dialogStyles.body}>
          {failure?.formError && <Alert tone="error">{failure.formError}</Alert>}
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
