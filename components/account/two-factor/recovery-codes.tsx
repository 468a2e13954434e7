'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import styles from './two-factor.module.css';

function download(codes: string[]) {
  const text = [
    'Credential Manager recovery codes',
    `Saved ${new Date().toISOString().slice(0, 10)}. Each code signs you in once when you cannot use your authenticator app.`,
    '',
    ...codes,
    '',
  ].join('\n');
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  link.download = 'credential-manager-recovery-codes.txt';
  link.click();
  URL.revokeObjectURL(link.href);
}

/** The 10 recovery codes, shown this once: download or copy them, then say you saved them. */
export function RecoveryCodes({ codes, heading, onDone }: { codes: string[]; heading: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className={styles.form}>
      <Alert tone="success">{heading}</Alert>
      <div>
        <h3 className={styles.subhead}>Save your recovery codes</h3>
        <p className="muted">
          If you lose your phone, each of these codes signs you in once instead of a code from the app. They are shown only now: keep them
          somewhere safe, like your password manager.
        </p>
      </div>
      <ol className={styles.codes} aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className={styles.actions}>
        <Button variant="primary" onClick={() => download(codes)}>
          Download codes
        </Button>
        <Button
          onClick={async () => {
            await navigator.clipboard?.writeText(codes.join('\n'));
            setCopied(true);
          }}
        >
          {copied ? 'Copied' : 'Copy codes'}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          I saved my codes
        </Button>
        <span className="visually-hidden" aria-live="polite">
          {copied ? 'Recovery codes copied to the clipboard' : ''}
        </span>
      </div>
    </div>
  );
}
