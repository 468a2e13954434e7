'use client';

import { startTransition, useActionState, type FormEvent, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFocusFirstError } from '@/components/ui/use-focus-first-error';
import type { FormFailure, FormResult } from '@/lib/action-result';
import styles from './config-form.module.css';

export type FieldErrors = NonNullable<FormFailure['fieldErrors']>;

interface ConfigFormProps {
  noun: 'source' | 'destination';
  credentialId: string;
  action: (previous: FormResult | null, data: FormData) => Promise<FormResult>;
  /** What the bar says while nothing is being saved. */
  status: string;
  /** The form's panels, given the errors of the last refused save. */
  children: (errors: FieldErrors) => ReactNode;
}

/** The Configure step's form for a new source or destination: its panels, then a bar with Save. */
export function ConfigForm({ noun, credentialId, action, status, children }: ConfigFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const formRef = useFocusFirstError(state && !state.ok ? state : null);

  // Submitted by hand so React does not reset the fields after a refused save.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className={styles.form} aria-label={`Configure the ${noun}`}>
      <input type="hidden" name="credentialId" value={credentialId} />
      {state && !state.ok && state.formError && <Alert tone="error">{state.formError}</Alert>}
      {children(errors)}
      <div className={styles.bar}>
        <span className={styles.status} aria-live="polite">
          {pending ? `Saving the ${noun}…` : status}
        </span>
        <Button type="submit" variant="primary" disabled={pending} aria-disabled={pending}>
          {pending ? 'Saving…' : `Save ${noun}`}
        </Button>
      </div>
    </form>
  );
}
