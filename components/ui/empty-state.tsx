import type { ReactNode } from 'react';
import styles from './empty-state.module.css';

/** A list with nothing in it yet: what would be here, why it is empty, and the one thing to do next. */
export function EmptyState({ title, children, action, icon }: { title: string; children: ReactNode; action?: ReactNode; icon?: ReactNode }) {
  return (
    <section className={styles.empty} aria-labelledby="empty-title">
      {icon && (
        <span className={styles.icon} aria-hidden="true">
          {icon}
        </span>
      )}
      <h2 id="empty-title">{title}</h2>
      <div className={styles.text}>{children}</div>
      {action && <div className={styles.action}>{action}</div>}
    </section>
  );
}
