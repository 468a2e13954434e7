import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthCard, authCardStyles } from '@/components/auth/auth-card';
import { SignInForm } from '@/components/auth/sign-in-form';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { Alert } from '@/components/ui/alert';
import { currentActor, currentUser } from '@/lib/auth/actor';
import { isFirstRun } from '@/lib/auth/first-run';
import { emailEnabled } from '@/lib/email/email-settings';
import { safeReturnPath } from '@/lib/safe-return-path';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; reset?: string }> }) {
  if (await isFirstRun()) redirect('/setup');
  const { next, reset } = await searchParams;
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
      <SignInForm returnTo={returnTo} />
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
