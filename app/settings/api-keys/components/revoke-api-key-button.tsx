'use client';

import { revokeApiKeyAction } from '@/app/settings/api-keys/actions';
import { ConfirmButton } from '@/components/ui/confirm-button';

/** Revoking breaks whatever uses the key at once, so it is confirmed in a dialog first. */
export function RevokeApiKeyButton({ keyId, name, listHeadingId }: { keyId: string; name: string; listHeadingId: string }) {
  async function revoke(): Promise<string | null> {
    const data = new FormData();
    data.set('keyId', keyId);
    const result = await revokeApiKeyAction(data);
    return result.ok ? null : (result.formError ?? 'The key was not revoked. Try again.');
  }
  return (
    <ConfirmButton
      label="Revoke"
      accessibleLabel={`Revoke ${name}`}
      title={`Revoke “${name}”?`}
      description="Anything using this key gets 401 from its next request. This cannot be undone."
      confirmLabel="Revoke key"
      pendingLabel="Revoking..."
      variant="danger-secondary"
      confirmVariant="danger"
      onConfirm={revoke}
      focusAfterwards={listHeadingId}
    />
  );
}
