import { SignOutButton } from '@/components/auth/sign-out-button';
import type { Actor } from '@/lib/auth/actor';
import styles from './user-menu.module.css';
import { WorkspaceSwitcher } from './workspace-switcher';

export function UserMenu({ actor }: { actor: Actor }) {
  return (
    <div className={styles.menu}>
      <WorkspaceSwitcher workspaces={actor.workspaces} activeId={actor.workspaceId} />
      <div className={styles.who}>
        <span className={styles.name}>{actor.name}</span>
        <span className={styles.role}>{actor.role}</span>
      </div>
      <SignOutButton />
    </div>
  );
}
