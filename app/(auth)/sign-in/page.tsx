import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthCard, authCardStyles } from '@/components/auth/auth-card';
import { SignInForm } from '@/components/auth/sign-in-form';
import { SignOutButton } from '@/app/components/sign-out-button';
import { SsoSignIn } from '@/components/auth/sso-sign-in';
import { Alert } from '@/components/ui/alert';
import { currentActor, currentUser } from '@/lib/auth/actor';
import { isFirstRun } from '@/lib/auth/first-run';
import { ssoErrorMessage } from '@/lib/auth/sso/sso-sign-in-errors';
import { emailEnabled } from '@/lib/email/email-settings';
import { safeReturnPath } from '@/lib/safe-return-path';
import { startSsoSignInAction } from './sso-actions';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; reset?: string; error?: string; error_description?: string }> }) {
  if (await isFirstRun()) redirect('/setup');
  const { next, reset, error, error_description } = await searchParams;
  const ssoFailure = ssoErrorMessage(error, error_description);
  const returnTo = safeReturnPath(next);
  if (await currentActor()) redirect(returnTo);

  const user = await currentUser();
  if (user) {
    return (
      <AuthCard
        title="No workspace yet"
        intro={`You are signed in as ${user.email}, but you are not a member of any workspace. Ask a workspace owner or admin for an invitation link.`}
      >
        <SignOutButton />
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Sign in" intro="Sign in to manage your workspace's Planhat credentials." footer={<SignInFooter />}>
      {reset === 'done' && <Alert tone="success">Your password was changed and every session was signed out. Sign in with your new password.</Alert>}
      {ssoFailure && <Alert tone="error">{ssoFailure}</Alert>}
      <SignInForm returnTo={returnTo} />
      <SsoSignIn returnTo={returnTo} startAction={startSsoSignInAction} />
    </AuthCard>
  );
}

/** A reset link can only be emailed: without email, "Forgot password?" would lead nowhere. */
function SignInFooter() {
  return (
    <>
      {emailEnabled() && (
        <p className={authCardStyles.footerLine}>
          <Link href="/forgot-password">Forgot password?</Link>
        </p>
      )}
      <p>New here? Ask a workspace owner or admin for an invitation link.</p>
    </>
  );
}
