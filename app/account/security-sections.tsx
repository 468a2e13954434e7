import { AddPasskeyForm } from '@/components/account/passkeys/add-passkey-form';
import { PasskeyList } from '@/components/account/passkeys/passkey-list';
import { TwoFactorPanel } from '@/components/account/two-factor/two-factor-panel';
import type { Actor } from '@/lib/auth/actor';
import { listPasskeys } from '@/lib/auth/passkeys/passkeys';
import { workspacesRequiringTwoFactor } from '@/lib/auth/two-factor/two-factor-policy';
import { removePasskey, renamePasskey } from './passkey-actions';
import { confirmTwoFactorSetup, regenerateRecoveryCodes, startTwoFactorSetup, turnOffTwoFactor } from './two-factor-actions';

const twoFactorActions = { start: startTwoFactorSetup, confirm: confirmTwoFactorSetup, turnOff: turnOffTwoFactor, regenerate: regenerateRecoveryCodes };

/** The Account page's two-factor panel (also the setup page a workspace's policy sends people to). */
export async function TwoFactorSection({ actor, continueTo }: { actor: Actor; continueTo?: string }) {
  const requiredBy = await workspacesRequiringTwoFactor(actor.userId);
  return <TwoFactorPanel enabled={actor.twoFactorEnabled === true} actions={twoFactorActions} requiredBy={requiredBy} continueTo={continueTo} />;
}

export async function PasskeysSection({ userId }: { userId: string }) {
  const passkeys = await listPasskeys(userId);
  return (
    <>
      <PasskeyList passkeys={passkeys} actions={{ rename: renamePasskey, remove: removePasskey }} />
      <AddPasskeyForm />
    </>
  );
}
