'use client';

import { NewCredentialFields, useNewCredentialForm } from '@/components/credentials/new-credential-form';
import { SaveStatusPanel } from '@/components/credentials/save-status-panel';
import type { Confirmations, CredentialSaver } from '@/components/credentials/use-credential-save';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import type { RequestLinkDone, RequestLinkView } from '@/lib/credential-requests/request-dto';
import { submitRequestLinkAction, type LinkProblem, type SubmitLinkResult } from '../actions';
import styles from './request-link.module.css';

// No Cancel while checking: nothing here could stop the save on the server, and a Cancel that
// only hid it would be a lie.
const linkSaver: CredentialSaver<SubmitLinkResult> = { send: submitRequestLinkAction };

interface Props {
  view: RequestLinkView;
  /** Read at each save, so the secret is never part of what React renders. */
  secret: () => string;
  onDone: (done: RequestLinkDone) => void;
  onRefused: (link: LinkProblem) => void;
}

/** The Add New Credential form (only the token for a replacement), saving through the link. */
export function LinkForm({ view, secret, onDone, onRefused }: Props) {
  const tokenOnly = view.purpose === 'replace';
  const { form, saving, busy, formError, submit } = useNewCredentialForm(linkSaver, {
    tokenOnly,
    defaults: { name: tokenOnly ? '' : view.credentialName },
    onFailure: (failure) => failure.link && onRefused(failure.link),
  });
  const { phase } = saving;
  const panel = phase.kind === 'checking' || phase.kind === 'question';

  const save = (confirmations: Confirmations) =>
    submit(confirmations, (result) => result.ok && onDone(result.done), { secret: secret(), purpose: view.purpose });

  return (
    <form
      className={styles.form}
      noValidate
      aria-labelledby="link-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) void save({ verify: true });
      }}
    >
      <h2 id="link-form-title">{tokenOnly ? 'New API Access Token' : 'Add New Credential'}</h2>
      <NewCredentialFields form={form} busy={busy} formError={formError} notice={saving.notice} tokenOnly={tokenOnly} />
      <div className={`${styles.actions} ${panel ? styles.actionsPanel : ''}`} aria-busy={busy}>
        {panel ? (
          <SaveStatusPanel saving={saving} onAnswer={(answers) => void save(answers)} />
        ) : (
          <Button type="submit" variant="primary" disabled={busy}>
            {phase.kind === 'saving' && <Spinner />}
            {phase.kind === 'saving' ? 'Saving...' : tokenOnly ? 'Replace token' : 'Save'}
          </Button>
        )}
      </div>
    </form>
  );
}
