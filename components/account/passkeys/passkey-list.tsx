'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { RelativeTime } from '@/components/ui/relative-time';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormResult } from '@/lib/action-result';
import type { PasskeyRow } from '@/lib/auth/passkeys/passkeys';
import styles from './passkeys.module.css';

export interface PasskeyActions {
  rename: (previous: FormResult | null, data: FormData) => Promise<FormResult>;
  remove: (id: string) => Promise<string | null>;
}

function RenameForm({ passkey, rename, onDone }: { passkey: PasskeyRow; rename: PasskeyActions['rename']; onDone: () => void }) {
  const { state, errors, pending, form } = useActionForm(async (previous: FormResult | null, data: FormData) => {
    const result = await rename(previous, data);
    if (result.ok) onDone();
    return result;
  });
  return (
    <form {...form} noValidate className={styles.rename}>
      {state && !state.ok && state.formError && <Alert tone="error">{state.formError}</Alert>}
      <input type="hidden" name="id" value={passkey.id} />
      <TextField id={`name-${passkey.id}`} name="name" label="New name" defaultValue={passkey.name} maxLength={60} required autoFocus error={errors.name?.[0]} />
      <div className={styles.actions}>
        <SubmitButton pending={pending} label="Save name" pendingLabel="Saving..." size="sm" />
        <Button size="sm" onClick={onDone} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** The person's passkeys: name, when added, synced or on one device; rename and remove. */
export function PasskeyList({ passkeys, actions }: { passkeys: PasskeyRow[]; actions: PasskeyActions }) {
  const [renaming, setRenaming] = useState<string | null>(null);
  if (passkeys.length === 0) return <p className={styles.none}>No passkeys yet. Add one to sign in with your fingerprint, face or device PIN instead of a password.</p>;
  return (
    <ul className={styles.list} aria-label="Your passkeys" id="passkey-list" tabIndex={-1}>
      {passkeys.map((passkey) => (
        <li key={passkey.id} className={styles.item}>
          {renaming === passkey.id ? (
            <RenameForm passkey={passkey} rename={actions.rename} onDone={() => setRenaming(null)} />
          ) : (
            <>
              <div className={styles.text}>
                <span className={styles.name}>{passkey.name}</span>
                <span className={styles.meta}>
                  {passkey.synced ? 'Synced passkey' : 'On one device or security key'}
                  {passkey.createdAt && (
                    <>
                      {' · added '}
                      <RelativeTime iso={passkey.createdAt} />
                    </>
                  )}
                </span>
              </div>
              <div className={styles.actions}>
                <Button size="sm" onClick={() => setRenaming(passkey.id)} aria-label={`Rename ${passkey.name}`}>
                  Rename
                </Button>
                <ConfirmButton
                  label="Remove"
                  accessibleLabel={`Remove ${passkey.name}`}
                  title={`Remove “${passkey.name}”?`}
                  description="You will no longer be able to sign in with this passkey. Remove it from the device too, in its passwords or passkeys settings."
                  confirmLabel="Remove passkey"
                  pendingLabel="Removing..."
                  variant="danger-secondary"
                  confirmVariant="danger"
                  onConfirm={() => actions.remove(passkey.id)}
                  focusAfterwards="passkey-list"
                />
              </div>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
