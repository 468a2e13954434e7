'use client';

import { useState, useSyncExternalStore } from 'react';
import { Button } from './button';
import styles from './copy-field.module.css';

interface CopyFieldProps {
  value: string;
  /** The field's accessible name. */
  label: string;
  /** The button's text, e.g. "Copy key". */
  action: string;
  /** Announced once copied, e.g. "API key copied to the clipboard". */
  copiedMessage: string;
  /** Keeps password managers and spell checkers away from a secret shown once. */
  secret?: boolean;
}

/** A read-only value with a Copy button; focusing the field selects all of it. */
export function CopyField({ value, label, action, copiedMessage, secret = false }: CopyFieldProps) {
  const [copied, setCopied] = useState(false);
  const secretProps = secret ? { spellCheck: false, autoComplete: 'off', 'data-1p-ignore': true, 'data-lpignore': 'true' } : {};
  return (
    <div className={styles.row}>
      <input className={styles.input} readOnly value={value} aria-label={label} {...secretProps} onFocus={(event) => event.currentTarget.select()} />
      <Button
        onClick={async () => {
          await navigator.clipboard?.writeText(value);
          setCopied(true);
        }}
      >
        {copied ? 'Copied' : action}
      </Button>
      <span className="visually-hidden" aria-live="polite">
        {copied ? copiedMessage : ''}
      </span>
    </div>
  );
}

const subscribeNever = () => () => {};

/** A read-only link with a Copy button; `path` becomes absolute on this site's origin. */
export function CopyLink({ path, label }: { path: string; label: string }) {
  const origin = useSyncExternalStore(subscribeNever, () => window.location.origin, () => '');
  return <CopyField value={`${origin}${path}`} label={label} action="Copy link" copiedMessage="Link copied to the clipboard" />;
}
