import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';
import { emailEnabled } from '@/lib/email/email-settings';
import { requestPasswordResetAction } from './actions';

export const metadata: Metadata = { title: 'Reset your password' };

const backToSignIn = (
  <>
    Remembered it? <Link href="/sign-in">Back to sign in</Link>
  </>
);

export default function ForgotPasswordPage() {
  if (!emailEnabled()) {
    return (
      <AuthCard
        title="Reset your password"
        intro="This server does not send email, so it cannot send you a reset link. Owners and admins cannot reset a password for you either: ask a workspace owner to set up email for this server (SMTP), then come back to this page."
        footer={backToSignIn}
      />
    );
  }
  return (
    <AuthCard title="Reset your password" intro="Enter the email you sign in with. We will email you a link to choose a new password." footer={backToSignIn}>
      <ForgotPasswordForm action={requestPasswordResetAction} />
    </AuthCard>
  );
}
