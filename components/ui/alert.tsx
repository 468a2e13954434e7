import type { ReactNode } from 'react';
import styles from './alert.module.css';

type Tone = 'error' | 'warning' | 'success' | 'info';

/** A message box; errors are announced assertively, the rest politely. */
export function Alert({ tone, children, id }: { tone: Tone; children: ReactNode; id?: string }) {
  return (
    <div id={id} className={`${styles.alert} ${styles[tone]}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className={styles.body}>{children}</div>
    </div>
  );
}
