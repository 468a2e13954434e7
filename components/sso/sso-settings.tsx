import { headers } from 'next/headers';
import { Panel } from '@/components/ui/panel';
import type { FormResult } from '@/lib/action-result';
import type { Actor } from '@/lib/auth/actor';
import { appOrigin } from '@/lib/auth/sso/app-origin';
import { canManageSso, canViewSso } from '@/lib/auth/sso/sso-access';
import { getSsoProvider } from '@/lib/auth/sso/sso-providers';
import { SsoProviderForm } from './sso-provider-form';

interface SsoSettingsProps {
  actor: Actor;
  saveAction: (previous: FormResult | null, data: FormData) => Promise<FormResult>;
  removeAction: () => Promise<string | null>;
}

/** Settings → Security: the workspace's OpenID Connect provider. Owners edit it, admins read it, members do not see it. */
export async function SsoSettings({ actor, saveAction, removeAction }: SsoSettingsProps) {
  if (!canViewSso(actor)) return null;
  const provider = await getSsoProvider(actor);
  const canEdit = canManageSso(actor);
  const description = canEdit
    ? 'People whose email is in your domain sign in through your identity provider (OpenID Connect) and join this workspace as members the first time.'
    : 'Only workspace owners can change single sign-on.';
  return (
    <Panel id="sso-title" title="Single sign-on" description={description}>
      <SsoProviderForm
        provider={provider && { providerId: provider.providerId, issuer: provider.issuer, clientId: provider.clientId, domain: provider.domain, clientSecretSet: provider.clientSecretSet }}
        origin={appOrigin(await headers())}
        canEdit={canEdit}
        saveAction={saveAction}
        removeAction={removeAction}
      />
    </Panel>
  );
}
