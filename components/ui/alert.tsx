import type { ReactNode } from 'react';
import styles from './alert.module.css';

export type AlertTone = 'error' | 'warning' | 'success' | 'info';

// Each tone has its own shape too, so it reads without colour.
const icons: Record<AlertTone, string> = {
  success: 'M4.5 8.3 7 10.8l4.8-5.6',
  warning: 'M8 4.8v3.9M8 11v.2',
  error: 'M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8',
  info: 'M8 7.2v4M8 4.8v.2',
};

/** A message box; errors are announced assertively, the rest politely. */
export function Alert({ tone, children, id, tabIndex }: { tone: AlertTone; children: ReactNode; id?: string; tabIndex?: number }) {
  return (
    <div id={id} tabIndex={tabIndex} className={`${styles.alert} ${styles[tone]}`} role={tone === 'error' ? 'alert' : 'status'}>
      <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.4" />
        <path d={icons[tone]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <div className={styles.body}>{children}</div>
    </div>
  );
}
