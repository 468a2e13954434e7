'use client';

import { useRouter } from 'next/navigation';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { revokeRequestAction } from '../actions';

/** Stops a link working at once, after a confirm: whoever holds it then sees "no longer valid". */
export function RevokeRequestButton({ id, name, listHeadingId }: { id: string; name: string; listHeadingId: string }) {
  const router = useRouter();
  async function revoke(): Promise<string | null> {
    const data = new FormData();
    data.set('id', id);
    const result = await revokeRequestAction(data);
    if (!result.ok) return result.formError ?? 'The request was not revoked. Try again.';
    router.refresh();
    return null;
  }
  return (
    <ConfirmButton
      label="Revoke"
      accessibleLabel={`Revoke ${name}`}
      title="Revoke this request?"
      description={`The link of ${name} stops working at once: whoever opens it sees that it is no longer valid. This cannot be undone.`}
      confirmLabel="Revoke link"
      pendingLabel="Revoking..."
      variant="danger-secondary"
      confirmVariant="danger"
      onConfirm={revoke}
      focusAfterwards={listHeadingId}
    />
  );
}
