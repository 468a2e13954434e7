import Link from 'next/link';
import { SignOutButton } from './sign-out-button';
import { ThemeChoice } from '@/components/theme/theme-choice';
import { PopoverMenu } from '@/components/ui/popover-menu';
import type { Actor } from '@/lib/auth/actor';
import type { Theme } from '@/lib/theme';
import { WorkspaceSwitcher } from './workspace-switcher';
import styles from './user-menu.module.css';

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return letters.map((word) => [...word][0]!.toUpperCase()).join('') || '?';
}

/** The account menu: who you are (and a link to Account), the workspace you act in (and the others you can switch to), theme, sign out. */
export function UserMenu({ actor, theme }: { actor: Actor; theme: Theme }) {
  return (
    <PopoverMenu
      id="account-menu"
      label={`Account and workspace: ${actor.name}, ${actor.workspaceName}`}
      triggerClassName={styles.trigger}
      trigger={
        <>
          <span className={styles.avatar} aria-hidden="true">
            {initialsOf(actor.name)}
          </span>
          <span className={styles.who} aria-hidden="true">
            <span className={`${styles.workspace} truncate`}>{actor.workspaceName}</span>
            <span className={`${styles.name} truncate`}>{actor.name}</span>
          </span>
          <svg className={styles.chevron} width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
            <path d="m3 4.5 3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
        </>
      }
    >
      <div className={styles.head}>
        <span className={styles.avatarLarge} aria-hidden="true">
          {initialsOf(actor.name)}
        </span>
        <div className={styles.headText}>
          <strong className="truncate" title={actor.name}>
            {actor.name}
          </strong>
          <span className="truncate muted small" title={actor.email}>
            {actor.email}
          </span>
        </div>
      </div>
      <div className={styles.section}>
        <Link href="/account" className={styles.menuLink}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
            <circle cx="8" cy="5.5" r="2.75" />
            <path d="M2.75 13.75c.6-2.6 2.7-4 5.25-4s4.65 1.4 5.25 4" />
          </svg>
          Account
        </Link>
      </div>
      <WorkspaceSwitcher workspaces={actor.workspaces} activeId={actor.workspaceId} />
      <div className={styles.section}>
        <ThemeChoice initial={theme} />
      </div>
      <div className={styles.section}>
        <SignOutButton />
      </div>
    </PopoverMenu>
  );
}
