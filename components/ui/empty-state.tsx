import type { ReactNode } from 'react';
import styles from './empty-state.module.css';

/** A list with nothing in it yet: what would be here, why it is empty, and the one thing to do next. */
interface EmptyStateProps {
  title: string;
  children: ReactNode;
  action?: ReactNode;
  icon?: ReactNode;
  /** h1 when the empty state is the whole page (Not found). */
  level?: 1 | 2;
}

export function EmptyState({ title, children, action, icon, level = 2 }: EmptyStateProps) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <section className={styles.empty} aria-labelledby="empty-title">
      {icon && (
        <span className={styles.icon} aria-hidden="true">
          {icon}
        </span>
      )}
      <Heading id="empty-title">{title}</Heading>
      <div className={styles.text}>{children}</div>
      {action && <div className={styles.action}>{action}</div>}
    </section>
  );
}
