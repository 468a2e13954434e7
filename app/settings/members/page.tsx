import type { Metadata } from 'next';
import { InviteForm } from './components/invite-form';
import { NewWorkspaceForm } from './components/new-workspace-form';
import styles from './components/members.module.css';
import { PendingInvitations } from './components/pending-invitations';
import { RoleSelect } from './components/role-select';
import { panelStyles, Panel } from '@/components/ui/panel';
import { requireActor } from '@/lib/auth/actor';
import { canManageMembers, listMembers, listPendingInvitations } from '@/lib/auth/workspace-members';
import { emailEnabled } from '@/lib/email/email-settings';
import { invitationEmailStates } from '@/lib/email/invitation-email';

export const metadata: Metadata = { title: 'Members' };

export default async function MembersPage() {
  const actor = await requireActor('/settings/members');
  const [members, invitations] = await Promise.all([listMembers(actor), listPendingInvitations(actor)]);
  const manager = canManageMembers(actor);
  const emailOn = emailEnabled();
  const emailStates = emailOn ? await invitationEmailStates(invitations.map((invitation) => invitation.id)) : new Map();
  const invitationEmails = Object.fromEntries([...emailStates].map(([id, state]) => [id, { ...state, at: state.at.toISOString() }]));
  return (
    <div className="page">
      <div className="page-header">
        <h1>Members of {actor.workspaceName}</h1>
        <p className="muted">
          Owners and admins can do everything with credentials. Members can create credentials, use and re-check any of
          them, and rename, replace or delete only the ones they created.
        </p>
      </div>
      <div className={panelStyles.stack}>
        <Panel id="members-title" title="Members">
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.memberId}>
                  <td>
                    <div>{member.name}{member.userId === actor.userId && ' (you)'}</div>
                    <div className={styles.email}>{member.email}</div>
                  </td>
                  <td>
                    {manager && member.userId !== actor.userId && (actor.role === 'owner' || member.role !== 'owner') ? (
                      <RoleSelect memberId={member.memberId} role={member.role} name={member.name} canMakeOwner={actor.role === 'owner'} />
                    ) : (
                      <span className={styles.badge}>{member.role}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
        {manager && (
          <Panel
            id="invite-title"
            title="Invite a colleague"
            description={
              emailOn
                ? 'The invitation is emailed to your colleague, and its link is shown here too.'
                : 'Email is off on this server: create an invitation and send its link yourself.'
            }
          >
            <InviteForm />
            <h3>Pending invitations</h3>
            <PendingInvitations invitations={invitations} emails={invitationEmails} />
          </Panel>
        )}
        <Panel
          id="workspace-title"
          title="Another workspace"
          description="Credentials never cross workspaces. Create a separate one (you will be its owner) and switch between them in the header."
        >
          <NewWorkspaceForm />
        </Panel>
      </div>
    </div>
  );
}
