'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { updateDetailsAction } from '@/app/credentials/manage-actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describedBy, Field, fieldStyles } from '@/components/ui/field';
import { dialogStyles, ModalDialog } from '@/components/ui/modal-dialog';
import type { CredentialDto } from '@/lib/credentials/dto';
import { credentialDetailsSchema } from '@/lib/credentials/schemas';
import type { DialogProps } from '@/components/credentials/dialog-props';

type Values = { name: string; description: string };

/** Edits name and description only: no token, no Planhat round trip. */
export function EditDetailsDialog({ credential, open, onClose, returnFocusTo }: DialogProps) {
  const router = useRouter();
  const [version, setVersion] = useState(credential.version);
  const [conflict, setConflict] = useState<{ message: string; current: CredentialDto } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<Values>({
    resolver: zodResolver(credentialDetailsSchema) as never,
    defaultValues: { name: credential.name, description: credential.description },
  });
  const { errors, isSubmitting } = formState;

  const save = handleSubmit(async (values) => {
    setFormError(null);
    const data = new FormData();
    data.set('id', credential.id);
    data.set('version', String(version));
    data.set('name', values.name);
    data.set('description', values.description);
    const result = await updateDetailsAction(data);
    if (result.ok && result.credential) {
      setConflict(null);
      setVersion(result.credential.version);
      reset({ name: result.credential.name, description: result.credential.description });
      onClose();
      router.refresh();
      return;
    }
    if (result.ok) return;
    if (result.current) {
      // Show what is there now and let the person decide again, against the new version.
      setConflict({ message: result.formError ?? '', current: result.current });
      setVersion(result.current.version);
    } else setFormError(result.formError ?? null);
    if (result.fieldErrors?.name?.[0]) setError('name', { message: result.fieldErrors.name[0] }, { shouldFocus: true });
  });

  return (
    <ModalDialog open={open} title="Edit credential" description="Change the name and description. The token stays as it is." onRequestClose={() => { reset(); setConflict(null); onClose(); }} returnFocusTo={returnFocusTo}>
      <form onSubmit={save} noValidate className={dialogStyles.form}>
        <div className={dialogStyles.body}>
          {formError && <Alert tone="error">{formError}</Alert>}
          {conflict && (
            <Alert tone="warning">
              <p>{conflict.message}</p>
              <p>
                Current name: <strong>{conflict.current.name}</strong>
              </p>
              <p>Current description: {conflict.current.description || <em>none</em>}</p>
            </Alert>
          )}
          <Field id="edit-name" label="Credential Name" required error={errors.name?.message}>
            <input id="edit-name" data-autofocus className={fieldStyles.input} aria-invalid={errors.name ? true : undefined} aria-describedby={describedBy('edit-name', null, errors.name)} {...register('name')} />
          </Field>
          <Field id="edit-description" label="Credential Description" error={errors.description?.message}>
            <textarea id="edit-description" rows={3} className={fieldStyles.input} aria-describedby={describedBy('edit-description', null, errors.description)} {...register('description')} />
          </Field>
        </div>
        <div className={dialogStyles.footer}>
          <Button onClick={() => { reset(); setConflict(null); onClose(); }}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={isSubmitting}>
            {isSubmitting ? 'Saving...' : 'Save changes'}
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
