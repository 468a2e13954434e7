'use client';

import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import styles from './modal-dialog.module.css';

export const dialogStyles = styles;

interface ModalDialogProps {
  open: boolean;
  title: string;
  description?: string;
  icon?: ReactNode;
  /** Escape, the ✕ button: the owner decides (it may ask before discarding input). */
  onRequestClose: () => void;
  /** While true the ✕ button is disabled (e.g. a save in flight that cannot be taken back). */
  closeDisabled?: boolean;
  /** Where focus goes back to when the dialog closes. */
  returnFocusTo?: RefObject<HTMLElement | null>;
  children: ReactNode;
}

/**
 * A native modal <dialog>: the browser traps focus and makes the page behind it inert. It has a
 * title and description for assistive technology and gives focus back when it closes.
 */
export function ModalDialog({ open, title, description, icon, onRequestClose, closeDisabled = false, returnFocusTo, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) {
      dialog.close();
      returnFocusTo?.current?.focus();
    }
  }, [open, returnFocusTo]);

  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby="dialog-title"
      aria-describedby={description ? 'dialog-description' : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onRequestClose();
      }}
    >
      {open && (
        <div className={styles.inner}>
          <div className={styles.header}>
            {icon}
            <div className={styles.titles}>
              <h2 id="dialog-title">{title}</h2>
              {description && (
                <p id="dialog-description" className={styles.description}>
                  {description}
                </p>
              )}
            </div>
            <button type="button" className={styles.close} onClick={onRequestClose} disabled={closeDisabled} aria-label="Close">
              <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" />
              </svg>
            </button>
          </div>
          {children}
        </div>
      )}
    </dialog>
  );
}
