import { signOut } from '@/app/account/actions';
import { SubmitButton } from '@/components/ui/submit-button';

export function SignOutButton() {
  return (
    <form action={signOut}>
      <SubmitButton label="Sign out" pendingLabel="Signing out..." variant="secondary" />
    </form>
  );
}
