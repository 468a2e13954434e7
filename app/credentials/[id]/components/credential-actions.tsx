'use client';

import { useRef, useState } from 'react';
import { RequestButton } from '@/components/credential-requests/request-button';
import { Button } from '@/components/ui/button';
import type { CredentialUsage } from '@/lib/credentials/credential-usage';
import type { CredentialDto } from '@/lib/credentials/dto';
import { DeleteDialog } from './delete-dialog';
import { EditDetailsDialog } from './edit-details-dialog';
import { RecheckButton } from './recheck-button';
import { ReplaceTokenDialog } from './replace-token-dialog';
import styles from '@/components/credentials/credential-detail.module.css';

type Open = 'edit' | 'replace' | 'delete' | null;

/** The detail page's actions, each shown only to people allowed to use it. */
export function CredentialActions({ credential, usage, startWith = null }: { credential: CredentialDto; usage: CredentialUsage; startWith?: Open }) {
  const [open, setOpen] = useState<Open>(startWith);
  const editRef = useRef<HTMLButtonElement>(null);
  const replaceRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const can = credential.can;
  const close = () => setOpen(null);
  return (
    <div className={styles.actions}>
      {can.check && credential.status !== 'unreadable' && <RecheckButton id={credential.id} name={credential.name} />}
      {can.rename && (
        <Button ref={editRef} onClick={() => setOpen('edit')} aria-haspopup="dialog">
          Edit
        </Button>
      )}
      {can.replaceToken && (
        <Button ref={replaceRef} variant={credential.status === 'unreadable' ? 'primary' : 'secondary'} onClick={() => setOpen('replace')} aria-haspopup="dialog">
          Replace token
        </Button>
      )}
      {can.replaceToken && (credential.status === 'invalid' || credential.status === 'unreadable') && (
        <RequestButton mode={{ purpose: 'replace', credential: { id: credential.id, name: credential.name } }} label="Ask for a new token" />
      )}
      {can.delete && (
        <Button ref={deleteRef} variant="danger-secondary" onClick={() => setOpen('delete')} aria-haspopup="dialog">
          Delete
        </Button>
      )}
      {can.rename && <EditDetailsDialog credential={credential} open={open === 'edit'} onClose={close} returnFocusTo={editRef} />}
      {can.replaceToken && <ReplaceTokenDialog credential={credential} open={open === 'replace'} onClose={close} returnFocusTo={replaceRef} />}
      {can.delete && <DeleteDialog credential={credential} usage={usage} open={open === 'delete'} onClose={close} returnFocusTo={deleteRef} />}
    </div>
  );
}
