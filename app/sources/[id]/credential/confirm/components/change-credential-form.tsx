'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { changeSourceCredentialAction } from '@/app/sources/actions';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { SubmitButton } from '@/components/ui/submit-button';
import styles from '@/components/sources/connections.module.css';

interface ChangeCredentialFormProps {
  sourceId: string;
  credentialId: string;
  credentialName: string;
  cancelHref: string;
}

/** The one button that moves a source to another credential (the server checks everything again). */
export function ChangeCredentialForm({ sourceId, credentialId, credentialName, cancelHref }: ChangeCredentialFormProps) {
  const [state, action] = useActionState(changeSourceCredentialAction, null);
  const problem = state && !state.ok ? (state.formError ?? Object.values(state.fieldErrors ?? {}).flat()[0]) : null;
  return (
    <form action={action} className={styles.confirmForm}>
      <input type="hidden" name="sourceId" value={sourceId} />
      <input type="hidden" name="credentialId" value={credentialId} />
      {problem && <Alert tone="error">{problem}</Alert>}
      <div className={styles.actions}>
        <SubmitButton label={`Use “${credentialName}”`} pendingLabel="Changing…" />
        <Link className={buttonClass('secondary')} href={cancelHref}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
