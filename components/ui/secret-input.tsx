'use client';

import { useState, type InputHTMLAttributes, type Ref } from 'react';
import { fieldStyles } from './field';
import styles from './secret-input.module.css';

/** A masked input with a Show/Hide toggle. It is never pre-filled: secrets only travel one way. */
export function SecretInput({ ref, ...props }: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  const [visible, setVisible] = useState(false);
  return (
    <div className={styles.wrap}>
      <input
        ref={ref}
        {...props}
        type={visible ? 'text' : 'password'}
        className={fieldStyles.input}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        data-1p-ignore
        data-lpignore="true"
      />
      <button type="button" className={styles.toggle} aria-pressed={visible} aria-controls={props.id} onClick={() => setVisible((v) => !v)}>
        {visible ? 'Hide' : 'Show'}
        <span className="visually-hidden"> token</span>
      </button>
    </div>
  );
}
