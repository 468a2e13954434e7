'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { currentSection, type NavItem } from './main-nav';
import styles from './settings-nav.module.css';

export const SETTINGS_PAGES: NavItem[] = [
  { href: '/settings/members', label: 'Members' },
  { href: '/settings/api-keys', label: 'API keys' },
  { href: '/settings/webhooks', label: 'Webhooks' },
  { href: '/settings/health-checks', label: 'Health checks' },
  { href: '/settings/security', label: 'Security' },
  { href: '/settings/audit-log', label: 'Audit log' },
];

/** Tabs between the workspace's settings pages; the current one is marked. */
export function SettingsNav() {
  const current = currentSection(SETTINGS_PAGES, usePathname());
  return (
    <nav aria-label="Settings" className={styles.tabs}>
      {SETTINGS_PAGES.map((page) => (
        <Link key={page.href} href={page.href} className={styles.tab} aria-current={page.href === current ? 'page' : undefined}>
          {page.label}
        </Link>
      ))}
    </nav>
  );
}
