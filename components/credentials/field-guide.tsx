import type { CredentialFieldSpec } from '@/lib/connectors/types';
import styles from './field-guide.module.css';

/** A field's step-by-step instructions behind a disclosure ("How to get a token"), closed by default. */
export function FieldGuide({ guide }: { guide: NonNullable<CredentialFieldSpec['guide']> }) {
  return (
    <details className={styles.guide}>
      <summary>{guide.summary}</summary>
      <ol className={styles.steps}>
        {guide.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {guide.note && <p className={styles.note}>{guide.note}</p>}
    </details>
  );
}
