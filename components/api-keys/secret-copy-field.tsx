'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import styles from '@/components/ui/copy-field.module.css';

/** A read-only value shown once, with a Copy button; selecting the field selects all of it. */
export function SecretCopyField({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className={styles.row}>
      <input className={styles.input} readOnly value={value} aria-label={label} spellCheck={false} autoComplete="off" data-1p-ignore data-lpignore="true" onFocus={(event) => event.currentTarget.select()} />
      <Button
        onClick={async () => {
          await navigator.clipboard?.writeText(value);
          setCopied(true);
        }}
      >
        {copied ? 'Copied' : 'Copy key'}
      </Button>
      <span className="visually-hidden" aria-live="polite">
        {copied ? 'API key copied to the clipboard' : ''}
      </span>
    </div>
  );
}
