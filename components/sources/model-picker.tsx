'use client';

import type { ModelChoice } from '@/lib/sources/model-access';
import styles from './model-picker.module.css';

interface ModelPickerProps {
  legend: string;
  help: string;
  choices: readonly ModelChoice[];
  value: string | null;
  onChange: (model: string) => void;
  error?: string;
}

/**
 * The Planhat data models as one radio group. Models the credential cannot read come last,
 * disabled, each with the reason from the credential's check.
 */
export function ModelPicker({ legend, help, choices, value, onChange, error }: ModelPickerProps) {
  const describedBy = ['model-help', error ? 'model-error' : ''].filter(Boolean).join(' ');
  const readable = choices.filter((choice) => choice.readable);
  const unreadable = choices.filter((choice) => !choice.readable);
  const option = (choice: ModelChoice) => (
    <label key={choice.id} className={`${styles.option} ${choice.readable ? '' : styles.disabled}`}>
      <input
        type="radio"
        name="model"
        value={choice.id}
        checked={value === choice.id}
        disabled={!choice.readable}
        onChange={() => onChange(choice.id)}
        aria-labelledby={`model-${choice.id}-label`}
        aria-describedby={choice.reason ? `model-${choice.id}-reason` : undefined}
      />
      <span className={styles.text}>
        <span id={`model-${choice.id}-label`} className={styles.label}>
          {choice.label}
        </span>
        {choice.reason && (
          <span id={`model-${choice.id}-reason`} className={styles.reason}>
            Can’t read: {choice.reason}
          </span>
        )}
      </span>
    </label>
  );
  return (
    <fieldset className={styles.fieldset} role="radiogroup" aria-invalid={error ? true : undefined} aria-describedby={describedBy}>
      <legend className={styles.legend}>{legend}</legend>
      <p id="model-help" className={styles.help}>
        {help}
      </p>
      {readable.length > 0 && <div className={styles.grid}>{readable.map(option)}</div>}
      {unreadable.length > 0 && (
        <>
          <p className={styles.subhead} aria-hidden="true">
            Not readable with this credential
          </p>
          <div className={`${styles.grid} ${styles.wide}`}>{unreadable.map(option)}</div>
        </>
      )}
      {error && (
        <p id="model-error" className={styles.error} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
