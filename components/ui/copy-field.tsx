'use client';

import { useState, useSyncExternalStore } from 'react';
import { Button } from './button';
import styles from './copy-field.module.css';

const subscribeNever = () => () => {};

/** A read-only link with a Copy button; `path` becomes absolute on this site's origin. */
export function CopyLink({ path, label }: { path: string; label: string }) {
  const origin = useSyncExternalStore(subscribeNever, () => window.location.origin, () => '');
  const [copied, setCopied] = useState(false);
  const url = `${origin}${path}`;
  return (
    <div className={styles.row}>
      <input className={styles.input} readOnly value={url} aria-label={label} onFocus={(event) => event.currentTarget.select()} />
      <Button
        onClick={async () => {
          await navigator.clipboard?.writeText(url);
          setCopied(true);
        }}
      >
        {copied ? 'Copied' : 'Copy link'}
      </Button>
      <span className="visually-hidden" aria-live="polite">
        {copied ? 'Link copied to the clipboard' : ''}
      </span>
    </div>
  );
}
