import type { InputHTMLAttributes, ReactNode } from 'react';
import { describedBy, Field, fieldStyles } from './field';

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  help?: ReactNode;
  error?: string;
};

/** A labelled input for plain server-action forms. */
export function TextField({ id, label, help, error, required, ...input }: TextFieldProps) {
  return (
    <Field id={id} label={label} required={required} help={help} error={error}>
      <input
        id={id}
        name={id}
        className={fieldStyles.input}
        required={required}
        aria-required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, help, error)}
        {...input}
      />
    </Field>
  );
}
