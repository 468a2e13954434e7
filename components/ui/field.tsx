import type { ReactNode } from 'react';
import styles from './field.module.css';

export const fieldStyles = styles;

interface FieldProps {
  id: string;
  label: string;
  required?: boolean;
  /** Shown under the control until there is an error, which then takes its place. */
  help?: ReactNode;
  error?: string;
  /** Next to the label, e.g. "(optional)" or a link. */
  aside?: ReactNode;
  /** The control; give it `aria-describedby={describedBy(id, help, error)}`. */
  children: ReactNode;
}

/** A label, a control, and right under it its error (or its help), tied together for assistive technology. */
export function Field({ id, label, required, help, error, aside, children }: FieldProps) {
  return (
    <div className={styles.field}>
      <div className={styles.labelRow}>
        <label htmlFor={id} className={styles.label}>
          {label}
          {required && (
            <span className={styles.required} aria-hidden="true">
              *
            </span>
          )}
        </label>
        {aside}
      </div>
      {children}
      {error ? (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      ) : (
        help && (
          <p id={`${id}-help`} className={styles.help}>
            {help}
          </p>
        )
      )}
    </div>
  );
}

/** The ids Field renders for `id`: its error when there is one, else its help. */
export function describedBy(id: string, help: unknown, error: unknown): string | undefined {
  if (error) return `${id}-error`;
  return help ? `${id}-help` : undefined;
}
