'use client';

import { useState, useTransition } from 'react';
import { switchWorkspace } from '@/app/account/actions';
import type { WorkspaceMembership } from '@/lib/auth/actor';
import styles from './user-menu.module.css';

export function WorkspaceSwitcher({ workspaces, activeId }: { workspaces: WorkspaceMembership[]; activeId: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  if (workspaces.length < 2) return <span className={styles.name}>{workspaces[0]?.name}</span>;
  return (
    <>
      <label className={styles.switcher}>
        <span className="visually-hidden">Workspace</span>
        <select
          className={styles.select}
          value={activeId}
          disabled={pending}
          onChange={(event) => {
            const workspaceId = event.target.value;
            setError(null);
            startTransition(async () => {
              const result = await switchWorkspace(workspaceId);
              if (result && !result.ok) setError(result.formError ?? null);
            });
          }}
        >
          {workspaces.map((workspace) => (
            <option key={workspace.id} value={workspace.id}>
              {workspace.name}
            </option>
          ))}
        </select>
      </label>
      {error && <span role="alert">{error}</span>}
    </>
  );
}
