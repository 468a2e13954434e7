'use client';

import { createWorkspace } from '@/app/settings/members/workspace-actions';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { TextField } from '@/components/ui/text-field';
import styles from './members.module.css';

export function NewWorkspaceForm() {
  const { state, errors, pending, form } = useActionForm(createWorkspace);
  return (
    <form {...form} noValidate className={styles.stack}>
      {state && !state.ok && state.formError && <Alert tone="error">{state.formError}</Alert>}
      <div className={styles.workspaceForm}>
        <TextField id="workspaceName" label="Workspace name" required error={errors.workspaceName?.[0]} />
        <SubmitButton pending={pending} label="Create workspace" pendingLabel="Creating..." variant="secondary" />
      </div>
    </form>
  );
}
