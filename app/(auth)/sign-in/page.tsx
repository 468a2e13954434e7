import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SignInForm } from '@/components/auth/sign-in-form';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { currentActor, currentUser } from '@/lib/auth/actor';
import { isFirstRun } from '@/lib/auth/first-run';
import { safeReturnPath } from '@/lib/safe-return-path';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await isFirstRun()) redirect('/setup');
  const returnTo = safeReturnPath((await searchParams).next);
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
    <AuthCard title="Sign in" intro="Sign in to manage your workspace's Planhat credentials." footer="New here? Ask a workspace owner or admin for an invitation link.">
      <SignInForm returnTo={returnTo} />
    </AuthCard>
  );
}
