'use client';

import { useActionState } from 'react';
import { cancelInvitation } from '@/app/settings/members/actions';
import { CopyLink } from '@/components/ui/copy-field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { PendingInvitation } from '@/lib/auth/workspace-members';
import { exactTime } from '@/components/ui/relative-time';
import styles from './members.module.css';

/** What became of an invitation's latest email, as the outbox knows it (none when email is off). */
export interface InvitationEmailNote {
  status: 'queued' | 'sent' | 'failed';
  at: string;
  lastError: string | null;
}

function emailLine(note: InvitationEmailNote): string {
  if (note.status === 'sent') return `Email sent ${exactTime(note.at)}.`;
  if (note.status === 'failed') return `The email could not be sent (${note.lastError ?? 'the mail server refused it'}): send the link yourself.`;
  return note.lastError ? `Email not sent yet, trying again (${note.lastError}).` : 'Email queued: it goes out in a moment.';
}

function InvitationItem({ invitation, email }: { invitation: PendingInvitation; email?: InvitationEmailNote }) {
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
      <span className={styles.email}>
        Expires {invitation.expiresAt.toLocaleDateString('en', { dateStyle: 'medium' })}
        {email && `. ${emailLine(email)}`}
      </span>
      {state && !state.ok && <span role="alert">{state.formError}</span>}
    </li>
  );
}

export function PendingInvitations({ invitations, emails = {} }: { invitations: PendingInvitation[]; emails?: Record<string, InvitationEmailNote> }) {
  if (invitations.length === 0) return <p className="muted">No pending invitations.</p>;
  return (
    <ul className={styles.invites}>
      {invitations.map((invitation) => (
        <InvitationItem key={invitation.id} invitation={invitation} email={emails[invitation.id]} />
      ))}
    </ul>
  );
}
