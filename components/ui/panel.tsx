import type { ReactNode } from 'react';
import styles from './panel.module.css';

export const panelStyles = styles;

export function Panel({ title, description, children, id }: { title: string; description?: ReactNode; children: ReactNode; id: string }) {
  return (
    <section className={styles.panel} aria-labelledby={id}>
      <div className={styles.head}>
        <h2 id={id}>{title}</h2>
        {description && <p className="muted">{description}</p>}
      </div>
      <div className={styles.body}>{children}</div>
    </section>
  );
}
