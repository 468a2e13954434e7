import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PasswordForm } from '@/components/account/password-form';
import { ProfileForm } from '@/components/account/profile-form';
import { SessionList } from '@/components/account/session-list';
import { Panel, panelStyles } from '@/components/ui/panel';
import { listAccountSessions } from '@/lib/account/account-sessions';
import { headersWithCurrentCookies, requireActor } from '@/lib/auth/actor';
import { PasskeysSection, TwoFactorSection } from './security-sections';
import { changePassword, updateProfile } from './profile-actions';
import { revokeOtherSessions, revokeSession } from './session-actions';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const actor = await requireActor('/account', { allowWithoutTwoFactor: true });
  const sessions = await listAccountSessions(await headersWithCurrentCookies());
  if (!sessions) redirect('/sign-in?next=/account');
  return (
    <div className="page">
      <div className="page-header">
        <h1>Your account</h1>
        <p className="muted">Your name, your password and where you are signed in. They apply in every workspace you belong to.</p>
      </div>
      <div className={panelStyles.stack}>
        <Panel id="profile-title" title="Profile">
          <ProfileForm name={actor.name} email={actor.email} action={updateProfile} />
        </Panel>
        <Panel id="password-title" title="Password" description="Changing it signs you out on every other device.">
          <PasswordForm action={changePassword} />
        </Panel>
        <Panel id="two-factor-title" title="Two-factor authentication">
          <TwoFactorSection actor={actor} />
        </Panel>
        <Panel id="passkeys-title" title="Passkeys" description="Sign in with your fingerprint, face or device PIN instead of typing a password.">
          <PasskeysSection userId={actor.userId} />
        </Panel>
        <Panel id="sessions-title" title="Sessions" description="The browsers and devices signed in to your account. Sign out any you do not recognise, then change your password.">
          <SessionList sessions={sessions} actions={{ revoke: revokeSession, revokeOthers: revokeOtherSessions }} headingId="sessions-title" />
        </Panel>
      </div>
    </div>
  );
}
