'use client';

import { useState, useTransition } from 'react';
import { switchWorkspace } from '@/app/account/actions';
import type { WorkspaceMembership } from '@/lib/auth/actor';
import styles from './user-menu.module.css';

const roleLabels = { owner: 'Owner', admin: 'Admin', member: 'Member' } as const;

/** The person's workspaces, the active one marked; choosing another makes it active for this session. */
export function WorkspaceSwitcher({ workspaces, activeId }: { workspaces: WorkspaceMembership[]; activeId: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  function choose(workspaceId: string) {
    setError(null);
    startTransition(async () => {
      const result = await switchWorkspace(workspaceId);
      if (result && !result.ok) setError(result.formError ?? null);
    });
  }
  return (
    <div className={styles.section} aria-busy={pending}>
      <p className={styles.sectionLabel} id="workspace-list-label">
        {workspaces.length > 1 ? 'Switch workspace' : 'Workspace'}
      </p>
      <ul className={styles.workspaces} aria-labelledby="workspace-list-label">
        {workspaces.map((workspace) => {
          const active = workspace.id === activeId;
          return (
            <li key={workspace.id}>
              <button
                type="button"
                className={styles.workspaceButton}
                aria-current={active ? 'true' : undefined}
                disabled={pending}
                onClick={() => !active && choose(workspace.id)}
              >
                <span className={`${styles.workspaceName} truncate`} title={workspace.name}>
                  {workspace.name}
                </span>
                <span className={styles.role}>{roleLabels[workspace.role]}</span>
                <svg className={styles.check} width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                  <path d="M3 7.5 5.8 10 11 4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
                </svg>
              </button>
            </li>
          );
        })}
      </ul>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}
