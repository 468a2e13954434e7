'use client';

import { useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CopyField } from '@/components/ui/copy-field';
import { dialogStyles, ModalDialog } from '@/components/ui/modal-dialog';
import { requestLinkAction } from '../actions';

/**
 * Asks the server for the link on this click only (it is in no page), and puts it on the
 * clipboard; when the browser will not allow that, shows it in a dialog to copy from.
 */
export function CopyLinkButton({ id, name }: { id: string; name: string }) {
  const opener = useRef<HTMLButtonElement>(null);
  const [pending, setPending] = useState(false);
  const [copied, setCopied] = useState(false);
  const [shown, setShown] = useState<{ url?: string; error?: string } | null>(null);

  async function copy() {
    setPending(true);
    setCopied(false);
    const data = new FormData();
    data.set('id', id);
    const result = await requestLinkAction(data);
    setPending(false);
    if (!result.ok) return setShown({ error: result.formError ?? 'The link could not be fetched. Reload the page and try again.' });
    try {
      await navigator.clipboard.writeText(result.url);
      setCopied(true);
    } catch {
      setShown({ url: result.url });
    }
  }

  return (
    <>
      <Button ref={opener} size="sm" disabled={pending} onClick={() => void copy()} aria-label={`Copy link of ${name}`}>
        {copied ? 'Copied' : pending ? 'Copying...' : 'Copy link'}
      </Button>
      <span className="visually-hidden" aria-live="polite">
        {copied ? 'Request link copied to the clipboard' : ''}
      </span>
      <ModalDialog open={shown !== null} title={shown?.error ? 'The link cannot be copied' : 'Request link'} description={shown?.error ? undefined : `The link of ${name}. It works once.`} onRequestClose={() => setShown(null)} returnFocusTo={opener}>
        <div className={dialogStyles.body}>
          {shown?.error ? <Alert tone="error">{shown.error}</Alert> : shown?.url && <CopyField value={shown.url} label="Request link" action="Copy link" copiedMessage="Request link copied to the clipboard" secret />}
        </div>
        <div className={dialogStyles.footer}>
          <Button onClick={() => setShown(null)} data-autofocus>
            Close
          </Button>
        </div>
      </ModalDialog>
    </>
  );
}
