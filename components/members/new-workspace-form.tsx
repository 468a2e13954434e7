'use client';

import { useActionState } from 'react';
import { createWorkspace } from '@/app/settings/members/workspace-actions';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFocusFirstError } from '@/components/ui/use-focus-first-error';
import { TextField } from '@/components/ui/text-field';
import styles from './members.module.css';

export function NewWorkspaceForm() {
  const [state, action] = useActionState(createWorkspace, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const formRef = useFocusFirstError(state && !state.ok ? state : null);
  return (
    <form ref={formRef} action={action} noValidate className={styles.stack}>
      {state && !state.ok && state.formError && <Alert tone="error">{state.formError}</Alert>}
      <div className={styles.workspaceForm}>
        <TextField id="workspaceName" label="Workspace name" required error={errors.workspaceName?.[0]} />
        <SubmitButton label="Create workspace" pendingLabel="Creating..." variant="secondary" />
      </div>
    </form>
  );
}
