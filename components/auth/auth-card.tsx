import type { ReactNode } from 'react';
import styles from './auth-card.module.css';

export const authCardStyles = styles;

export function AuthCard({ title, intro, children, footer }: { title: string; intro?: ReactNode; children?: ReactNode; footer?: ReactNode }) {
  return (
    <div className={styles.wrap}>
      <section className={styles.card} aria-labelledby="auth-title">
        <div className={styles.head}>
          <h1 id="auth-title">{title}</h1>
          {intro && <p className="muted">{intro}</p>}
        </div>
        {children}
        {footer && <div className={styles.footer}>{footer}</div>}
      </section>
    </div>
  );
}
