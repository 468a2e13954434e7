import type { ReactNode } from 'react';
import styles from './field.module.css';

export const fieldStyles = styles;

interface FieldProps {
  id: string;
  label: string;
  required?: boolean;
  help?: ReactNode;
  error?: string;
  /** The control; give it `aria-describedby={describedBy(id, help, error)}`. */
  children: ReactNode;
}

/** A label, a control, its help text and its error, tied together for assistive technology. */
export function Field({ id, label, required, help, error, children }: FieldProps) {
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
        {required && (
          <span className={styles.required} aria-hidden="true">
            *
          </span>
        )}
      </label>
      {children}
      {help && (
        <p id={`${id}-help`} className={styles.help}>
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className={styles.error} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function describedBy(id: string, help: unknown, error: unknown): string | undefined {
  const ids = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}
