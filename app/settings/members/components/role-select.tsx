'use client';

import { useActionState } from 'react';
import { changeMemberRole } from '@/app/settings/members/actions';
import { SubmitButton } from '@/components/ui/submit-button';
import type { WorkspaceRole } from '@/lib/auth/actor';
import styles from './members.module.css';

export function RoleSelect({ memberId, role, name, canMakeOwner }: { memberId: string; role: WorkspaceRole; name: string; canMakeOwner: boolean }) {
  const [state, action] = useActionState(changeMemberRole, null);
  return (
    <form action={action} className={styles.roleForm}>
      <input type="hidden" name="memberId" value={memberId} />
      <label className="visually-hidden" htmlFor={`role-${memberId}`}>
        Role of {name}
      </label>
      <select id={`role-${memberId}`} name="role" defaultValue={role} className={styles.select}>
        <option value="member">Member</option>
        <option value="admin">Admin</option>
        {(canMakeOwner || role === 'owner') && <option value="owner">Owner</option>}
      </select>
      <SubmitButton label="Save" pendingLabel="Saving..." variant="secondary" />
      <span role="status" className={styles.email}>
        {state?.ok ? 'Saved' : ''}
      </span>
      {state && !state.ok && (
        <span role="alert" className={styles.email}>
          {state.formError}
        </span>
      )}
    </form>
  );
}
