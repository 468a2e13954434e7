'use client';

import { Alert } from '@/components/ui/alert';
import { CopyField } from '@/components/ui/copy-field';
import styles from './webhooks.module.css';

/** The signing secret, shown once after creation or rotation; it lives only in this component's props. */
export function SecretReveal({ secret, heading }: { secret: string; heading: string }) {
  return (
    <Alert tone="success">
      <div className={styles.secret}>
        <p>
          <strong>{heading}</strong> Copy the signing secret now and store it where your receiver can read it: you won’t see it
          again. If you lose it, rotate the secret.
        </p>
        <CopyField value={secret} label="Signing secret" action="Copy secret" copiedMessage="Signing secret copied to the clipboard" secret />
      </div>
    </Alert>
  );
}
