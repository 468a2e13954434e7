'use client';

import { useActionState, useState } from 'react';
import { createApiKeyAction } from '@/app/settings/api-keys/actions';
import { Alert } from '@/components/ui/alert';
import { CopyField } from '@/components/ui/copy-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFocusFirstError } from '@/components/ui/use-focus-first-error';
import { TextField } from '@/components/ui/text-field';
import styles from './api-keys.module.css';

export function CreateApiKeyForm() {
  const [state, action] = useActionState(createApiKeyAction, null);
  // Kept in state so a refused name stays in the field to be corrected; cleared once a key is made.
  const [name, setName] = useState('');
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (state?.ok) setName('');
  }
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const formRef = useFocusFirstError(state && !state.ok ? state : null);
  return (
    <form ref={formRef} action={action} noValidate className={styles.stack}>
      {state && !state.ok && state.formError && <Alert tone="error">{state.formError}</Alert>}
      <div className={styles.createForm}>
        <TextField
          id="name"
          label="Key name"
          required
          maxLength={32}
          autoComplete="off"
          help="What will use it, e.g. “Nightly warehouse sync”."
          error={errors.name?.[0]}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <div className={styles.createAction}>
          <SubmitButton label="Create key" pendingLabel="Creating..." />
        </div>
      </div>
      {state?.ok && (
        <Alert tone="success">
          <div className={styles.newKey}>
            <p>
              <strong>“{state.name}” is ready.</strong> Copy the key now and keep it in your secret manager: it is shown only
              this once.
            </p>
            <CopyField value={state.key} label={`API key ${state.name}`} action="Copy key" copiedMessage="API key copied to the clipboard" secret />
          </div>
        </Alert>
      )}
    </form>
  );
}
