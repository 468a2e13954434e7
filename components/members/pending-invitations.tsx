'use client';

import { useActionState } from 'react';
import { cancelInvitation } from '@/app/settings/members/actions';
import { CopyLink } from '@/components/ui/copy-field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { PendingInvitation } from '@/lib/auth/workspace-members';
import styles from './members.module.css';

function InvitationItem({ invitation }: { invitation: PendingInvitation }) {
  const [state, action] = useActionState(cancelInvitation, null);
  return (
    <li className={styles.invite}>
      <div className={styles.inviteHead}>
        <span>
          <strong>{invitation.email}</strong> <span className={styles.badge}>{invitation.role}</span>
        </span>
        <form action={action}>
          <input type="hidden" name="invitationId" value={invitation.id} />
          <SubmitButton label="Cancel invitation" pendingLabel="Canceling..." variant="danger-secondary" size="sm" />
        </form>
      </div>
      <CopyLink path={`/invite/${invitation.id}`} label={`Invitation link for ${invitation.email}`} />
      <span className={styles.email}>Expires {invitation.expiresAt.toLocaleDateString('en', { dateStyle: 'medium' })}</span>
      {state && !state.ok && <span role="alert">{state.formError}</span>}
    </li>
  );
}

export function PendingInvitations({ invitations }: { invitations: PendingInvitation[] }) {
  if (invitations.length === 0) return <p className="muted">No pending invitations.</p>;
  return (
    <ul className={styles.invites}>
      {invitations.map((invitation) => (
        <InvitationItem key={invitation.id} invitation={invitation} />
      ))}
    </ul>
  );
}
