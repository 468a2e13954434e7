'use client';

import { ConfirmButton } from '@/components/ui/confirm-button';
import type { AccountSession } from '@/lib/account/account-sessions';
import type { SessionActions } from './session-actions';

const failure = (result: { ok: boolean; formError?: string }, fallback: string) => (result.ok ? null : (result.formError ?? fallback));

/** Ends one other session: that browser is signed out on its next request. */
export function RevokeSessionButton({ session, revoke, headingId }: { session: AccountSession; revoke: SessionActions['revoke']; headingId: string }) {
  return (
    <ConfirmButton
      label="Sign out"
      accessibleLabel={`Sign out ${session.device}${session.address ? ` at ${session.address}` : ''}`}
      title={`Sign out ${session.device}?`}
      description="That browser is signed out on its next click or reload, and needs your password to sign in again."
      confirmLabel="Sign out"
      pendingLabel="Signing out..."
      variant="secondary"
      confirmVariant="danger"
      onConfirm={async () => failure(await revoke(session.id), 'That session was not signed out. Try again.')}
      focusAfterwards={headingId}
    />
  );
}

/** Ends every session but this one. */
export function RevokeOtherSessionsButton({ count, revokeOthers, headingId }: { count: number; revokeOthers: SessionActions['revokeOthers']; headingId: string }) {
  return (
    <ConfirmButton
      label="Sign out all other sessions"
      accessibleLabel="Sign out all other sessions"
      title="Sign out all other sessions?"
      description={`${count === 1 ? 'The other device is' : `All ${count} other devices are`} signed out on their next click or reload. You stay signed in here.`}
      confirmLabel="Sign out others"
      pendingLabel="Signing out..."
      variant="danger-secondary"
      confirmVariant="danger"
      onConfirm={async () => failure(await revokeOthers(), 'The other sessions were not signed out. Try again.')}
      focusAfterwards={headingId}
    />
  );
}
