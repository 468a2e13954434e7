'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState, type RefObject } from 'react';
import { useForm } from 'react-hook-form';
import type { MadeRequest } from '@/lib/credential-requests/request-dto';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describedBy, Field, fieldStyles } from '@/components/ui/field';
import { dialogStyles, ModalDialog } from '@/components/ui/modal-dialog';
import { Spinner } from '@/components/ui/spinner';
import { useFocusFirstError } from '@/components/ui/use-focus-first-error';
import { DEFAULT_EXPIRY, EXPIRY_CHOICES, expiryLabels, type ExpiresIn } from '@/lib/credential-requests/expiry';
import { credentialRequestSchema } from '@/lib/credential-requests/schemas';
import { useSaveActions } from '@/components/credentials/save-actions';
import { RequestMade } from './request-made';
import styles from './request-dialog.module.css';

/** new: the link makes a credential (from a flow, it comes back selected there); replace: it replaces `credential`'s token. */
export type RequestMode = { purpose: 'new'; flowKind?: 'source' | 'destination' } | { purpose: 'replace'; credential: { id: string; name: string } };

type Values = { name: string; note: string; recipientEmail: string; expiresIn: ExpiresIn };
const FIELDS = ['name', 'note', 'recipientEmail', 'expiresIn'] as const;

interface Props {
  mode: RequestMode;
  open: boolean;
  onClose: () => void;
  returnFocusTo: RefObject<HTMLElement | null>;
}

/** Asks for a link that someone without an account can save a Planhat token through, once. */
export function RequestDialog({ mode, open, onClose, returnFocusTo }: Props) {
  const router = useRouter();
  const { createRequest } = useSaveActions();
  const [made, setMade] = useState<MadeRequest | null>(null);
  const [failure, setFailure] = useState<{ formError?: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<Values>({
    resolver: zodResolver(credentialRequestSchema) as never,
    defaultValues: { name: '', note: '', recipientEmail: '', expiresIn: DEFAULT_EXPIRY },
  });
  const { errors, isSubmitting } = formState;
  // The resolver's refusals focus their field through react-hook-form; the server's, through this.
  const formRef = useFocusFirstError<HTMLDivElement>(failure);
  const replacing = mode.purpose === 'replace';

  const close = () => {
    reset();
    setMade(null);
    setFailure(null);
    onClose();
    if (made) router.refresh();
  };

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    const data = new FormData();
    for (const key of FIELDS) if (!(replacing && key === 'name')) data.set(key, values[key] ?? '');
    if (mode.purpose === 'new' && mode.flowKind) data.set('flowKind', mode.flowKind);
    if (mode.purpose === 'replace') data.set('replaceCredentialId', mode.credential.id);
    const result = await createRequest(data);
    if (result.ok) {
      setMade(result.made);
      return;
    }
    for (const key of FIELDS) {
      const message = result.fieldErrors?.[key]?.[0];
      if (message) setError(key, { message });
    }
    setFailure({ formError: result.formError });
  });

  const title = replacing ? 'Ask for a new token' : 'Request from someone else';
  const description = replacing
    ? `Make a link for whoever can issue a new Planhat token for “${mode.credential.name}”. Saving through it replaces this credential’s token, so every source using it recovers.`
    : 'Make a link for whoever holds the Planhat API Access Token. They need no account: they open it, paste the token, and it is saved in this workspace.';

  return (
    <ModalDialog open={open} title={title} description={description} onRequestClose={close} returnFocusTo={returnFocusTo}>
      {made ? (
        <>
          <div className={dialogStyles.body}>
            <RequestMade made={made} replacing={replacing} flowKind={mode.purpose === 'new' ? mode.flowKind : undefined} />
          </div>
          <div className={dialogStyles.footer}>
            <Button variant="primary" onClick={close}>
              Done
            </Button>
          </div>
        </>
      ) : (
        <form onSubmit={submit} noValidate className={dialogStyles.form}>
          <div ref={formRef} className={dialogStyles.body}>
            {failure?.formError && <Alert tone="error">{failure.formError}</Alert>}
            <Field id="request-email" label="Recipient email" aside={<Optional />} help="When email is set up, the link is sent to them." error={errors.recipientEmail?.message}>
              <input id="request-email" type="email" autoComplete="off" data-autofocus className={fieldStyles.input} placeholder="admin@company.com" aria-invalid={errors.recipientEmail ? true : undefined} aria-describedby={describedBy('request-email', true, errors.recipientEmail)} {...register('recipientEmail')} />
            </Field>
            <Field id="request-note" label="Note" aside={<Optional />} help="Shown to them on the link’s page: who you are and what the token is for." error={errors.note?.message}>
              <textarea id="request-note" rows={3} className={fieldStyles.input} placeholder="Hi Sam, could you issue a read-only token for the nightly warehouse sync?" aria-invalid={errors.note ? true : undefined} aria-describedby={describedBy('request-note', true, errors.note)} {...register('note')} />
            </Field>
            {!replacing && (
              <Field id="request-name" label="Credential name" aside={<Optional />} help="Suggested to them; they can change it." error={errors.name?.message}>
                <input id="request-name" autoComplete="off" className={fieldStyles.input} aria-invalid={errors.name ? true : undefined} aria-describedby={describedBy('request-name', true, errors.name)} {...register('name')} />
              </Field>
            )}
            <fieldset className={styles.expiry} aria-invalid={errors.expiresIn ? true : undefined} aria-describedby={errors.expiresIn ? 'request-expiry-error' : undefined}>
              <legend className={fieldStyles.label}>Valid for</legend>
              <div className={styles.choices}>
                {EXPIRY_CHOICES.map((choice) => (
                  <label key={choice} className={styles.choice}>
                    <input type="radio" value={choice} {...register('expiresIn')} />
                    {expiryLabels[choice]}
                  </label>
                ))}
              </div>
              {errors.expiresIn && (
                <p id="request-expiry-error" className={fieldStyles.error}>
                  {errors.expiresIn.message}
                </p>
              )}
            </fieldset>
          </div>
          <div className={dialogStyles.footer}>
            <Button onClick={close} disabled={isSubmitting}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" disabled={isSubmitting}>
              {isSubmitting && <Spinner />}
              {isSubmitting ? 'Making the link...' : 'Make link'}
            </Button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}

const Optional = () => <span className={styles.optional}>Optional</span>;
