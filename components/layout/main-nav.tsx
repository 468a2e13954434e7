'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import styles from './main-nav.module.css';

export interface NavItem {
  href: string;
  label: string;
  /** The paths it stands for, when more than href's own (e.g. /settings for every settings page). */
  section?: string;
}

/** The section a path belongs to: the longest nav entry it starts with. */
export function currentSection(items: NavItem[], pathname: string): string | undefined {
  const prefix = (item: NavItem) => item.section ?? item.href;
  const matches = items.filter((item) => pathname === prefix(item) || pathname.startsWith(`${prefix(item)}/`));
  return matches.sort((a, b) => prefix(b).length - prefix(a).length)[0]?.href;
}

/** The app's sections as links; the one you are in is marked (aria-current) and looks it. */
export function MainNav({ items, className = '', vertical = false, label = 'Main' }: { items: NavItem[]; className?: string; vertical?: boolean; label?: string }) {
  const current = currentSection(items, usePathname());
  return (
    <nav aria-label={label} className={`${styles.nav} ${vertical ? styles.vertical : ''} ${className}`}>
      {items.map((item) => (
        <Link key={item.href} href={item.href} className={styles.link} aria-current={item.href === current ? 'page' : undefined}>
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
