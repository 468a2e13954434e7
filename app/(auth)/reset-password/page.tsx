import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { buttonClass } from '@/components/ui/button';
import { resetTokenOwner } from '@/lib/account/reset-password';
import { resetPasswordAction } from './actions';

export const metadata: Metadata = { title: 'Choose a new password' };

const askAgain = (
  <>
    Link not working? <Link href="/forgot-password">Ask for a new one</Link>
  </>
);

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const tokenText = typeof token === 'string' ? token : undefined;
  if (!(await resetTokenOwner(tokenText))) {
    return (
      <AuthCard
        title="This reset link no longer works"
        intro="It was already used, it expired (a reset link works for 1 hour), or it was not copied whole. Ask for a new link: it is sent to the same email."
      >
        <Link href="/forgot-password" className={buttonClass('primary')}>
          Ask for a new link
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password" intro="Setting it signs you out on every device; then sign in with the new password." footer={askAgain}>
      <ResetPasswordForm token={tokenText!} action={resetPasswordAction} />
    </AuthCard>
  );
}
