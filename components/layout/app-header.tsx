import Link from 'next/link';
import type { ReactNode } from 'react';
import { MainNav, type NavItem } from './main-nav';
import { MobileNav } from './mobile-nav';
import styles from './app-header.module.css';

export type { NavItem } from './main-nav';

/**
 * One row at every width: brand, the sections, the notifications bell and the account menu. Below
 * 768 px the sections move into a menu button so nothing wraps.
 */
export function AppHeader({ nav, notifications, end }: { nav: NavItem[]; notifications?: ReactNode; end?: ReactNode }) {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        {nav.length > 0 && <MobileNav items={nav} />}
        <Link href="/" className={styles.brand} aria-label="Credential Manager, home">
          <span className={styles.logo} aria-hidden="true">
            <svg width="16" height="16" viewBox="0 0 16 16" fill="none">
              <rect x="2.5" y="6.5" width="11" height="7" rx="1.5" stroke="currentColor" strokeWidth="1.6" />
              <path d="M5 6.5V5a3 3 0 0 1 6 0v1.5" stroke="currentColor" strokeWidth="1.6" />
            </svg>
          </span>
          <span className={styles.brandText} aria-hidden="true">
            Credential Manager
          </span>
        </Link>
        {nav.length > 0 && <MainNav items={nav} className={styles.nav} />}
        {(notifications || end) && (
          <div className={styles.end}>
            {notifications}
            {end}
          </div>
        )}
      </div>
    </header>
  );
}
