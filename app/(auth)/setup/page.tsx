import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SetupForm } from './components/setup-form';
import { isFirstRun } from '@/lib/auth/first-run';

export const metadata: Metadata = { title: 'Create your account' };

export default async function SetupPage() {
  if (!(await isFirstRun())) redirect('/sign-in');
  return (
    <AuthCard
      title="Create your account"
      intro="You are the first person here: your account will own a new workspace, where your team's Planhat credentials are kept."
    >
      <SetupForm />
    </AuthCard>
  );
}
