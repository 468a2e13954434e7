import Link from 'next/link';
import type { ReactNode } from 'react';
import styles from './app-header.module.css';

export interface NavItem {
  href: string;
  label: string;
}

export function AppHeader({ nav, end }: { nav: NavItem[]; end?: ReactNode }) {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>
          <span className={styles.logo} aria-hidden="true">
            <svg width="16" height="16" viewBox="0 0 16 16" fill="none">
              <rect x="2.5" y="6.5" width="11" height="7" rx="1.5" stroke="currentColor" strokeWidth="1.6" />
              <path d="M5 6.5V5a3 3 0 0 1 6 0v1.5" stroke="currentColor" strokeWidth="1.6" />
            </svg>
          </span>
          Credential Manager
        </Link>
        {nav.length > 0 && (
          <nav aria-label="Main" className={styles.nav}>
            {nav.map((item) => (
              <Link key={item.href} href={item.href} className={styles.link}>
                {item.label}
              </Link>
            ))}
          </nav>
        )}
        {end && <div className={styles.end}>{end}</div>}
      </div>
    </header>
  );
}
