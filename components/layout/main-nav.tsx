'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import styles from './main-nav.module.css';

export interface NavItem {
  href: string;
  label: string;
}

/** The section a path belongs to: the longest nav entry it starts with. */
export function currentSection(items: NavItem[], pathname: string): string | undefined {
  const matches = items.filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`));
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

/** The app's sections as links; the one you are in is marked (aria-current) and looks it. */
export function MainNav({ items, className = '', vertical = false }: { items: NavItem[]; className?: string; vertical?: boolean }) {
  const current = currentSection(items, usePathname());
  return (
    <nav aria-label="Main" className={`${styles.nav} ${vertical ? styles.vertical : ''} ${className}`}>
      {items.map((item) => (
        <Link key={item.href} href={item.href} className={styles.link} aria-current={item.href === current ? 'page' : undefined}>
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
