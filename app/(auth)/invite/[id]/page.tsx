import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';
import { AcceptInvitationForm, InvitationSignUpForm } from './components/invitation-forms';
import { SignOutButton } from '@/app/components/sign-out-button';
import { buttonClass } from '@/components/ui/button';
import { currentUser } from '@/lib/auth/actor';
import { findInvitation } from '@/lib/auth/workspace-members';

export const metadata: Metadata = { title: 'Invitation' };

export default async function InvitationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const invitation = await findInvitation(id);
  if (!invitation?.usable) {
    return (
      <AuthCard
        title="This invitation is no longer valid"
        intro="It may have expired, been canceled, or been used already. Ask a workspace owner or admin for a new link."
      />
    );
  }
  const intro = `${invitation.inviterName} invited ${invitation.email} to join ${invitation.workspaceName} as ${invitation.role === 'admin' ? 'an admin' : 'a member'}.`;
  const user = await currentUser();
  if (user && user.email.toLowerCase() === invitation.email.toLowerCase()) {
    return (
      <AuthCard title={`Join ${invitation.workspaceName}`} intro={intro}>
        <AcceptInvitationForm invitationId={invitation.id} workspaceName={invitation.workspaceName} />
      </AuthCard>
    );
  }
  if (user) {
    return (
      <AuthCard title="Wrong account" intro={`${intro} You are signed in as ${user.email}. Sign out, then open the link again.`}>
        <SignOutButton />
      </AuthCard>
    );
  }
  if (invitation.accountExists) {
    return (
      <AuthCard title={`Join ${invitation.workspaceName}`} intro={`${intro} Sign in with that account to accept.`}>
        <Link className={buttonClass('primary')} href={`/sign-in?next=${encodeURIComponent(`/invite/${invitation.id}`)}`}>
          Sign in to accept
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={`Join ${invitation.workspaceName}`} intro={`${intro} Create your account to accept.`}>
      <InvitationSignUpForm invitationId={invitation.id} email={invitation.email} />
    </AuthCard>
  );
}
