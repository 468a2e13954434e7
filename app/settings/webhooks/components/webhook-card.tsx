'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { deleteWebhookAction, rotateWebhookSecretAction, sendTestEventAction, switchWebhookAction } from '@/app/settings/webhooks/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { exactTime } from '@/components/ui/relative-time';
import type { WebhookEndpointDto } from '@/lib/webhooks/endpoint-dto';
import type { DeliveryDto } from '@/lib/webhooks/list-deliveries';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { DeliveryLog } from './delivery-log';
import { EndpointState } from './endpoint-state';
import { SecretReveal } from './secret-reveal';
import styles from './webhooks.module.css';

const withId = (endpointId: string, extra: Record<string, string> = {}) => {
  const data = new FormData();
  data.set('endpointId', endpointId);
  for (const [name, value] of Object.entries(extra)) data.set(name, value);
  return data;
};

export function WebhookCard({ endpoint, deliveries }: { endpoint: WebhookEndpointDto; deliveries: DeliveryDto[] }) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [busy, setBusy] = useState<'test' | 'switch' | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const titleId = `webhook-${endpoint.id}`;
  const logId = `webhook-${endpoint.id}-log`;

  async function run(kind: 'test' | 'switch', call: () => Promise<{ ok: boolean; formError?: string }>, done: string) {
    setBusy(kind);
    setMessage(null);
    const result = await call();
    setBusy(null);
    setMessage(result.ok ? { tone: 'success', text: done } : { tone: 'error', text: result.formError ?? 'That did not work. Try again.' });
    if (result.ok) router.refresh();
  }

  return (
    <li className={styles.card} aria-labelledby={titleId}>
      <div className={styles.cardHead}>
        <p id={titleId} className={styles.url}>
          {endpoint.url}
        </p>
        <EndpointState endpoint={endpoint} />
      </div>
      {endpoint.description && <p className={styles.meta}>{endpoint.description}</p>}
      {!endpoint.enabled && endpoint.disabledReason && <p className={styles.reason}>{endpoint.disabledReason}</p>}
      {endpoint.enabled && endpoint.failingSince && <p className={styles.reason}>Deliveries have failed since {exactTime(endpoint.failingSince)}; they are retried, and the endpoint is turned off after 24 hours of failures.</p>}
      <ul className={styles.tags} aria-label="Events">
        {endpoint.events.map((event) => (
          <li key={event}>{event}</li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button size="sm" variant="primary" disabled={busy === 'test'} onClick={() => void run('test', () => sendTestEventAction(withId(endpoint.id)), 'Test event queued. It shows in the log below once it was sent.')}>
          {busy === 'test' ? 'Sending...' : 'Send test event'}
        </Button>
        <Button
          size="sm"
          disabled={busy === 'switch'}
          onClick={() => void run('switch', () => switchWebhookAction(withId(endpoint.id, { enabled: String(!endpoint.enabled) })), endpoint.enabled ? 'Turned off: no more events are sent.' : 'Turned on again.')}
        >
          {busy === 'switch' ? 'Saving...' : endpoint.enabled ? 'Turn off' : 'Turn on'}
        </Button>
        <ConfirmButton
          label="Rotate secret"
          accessibleLabel={`Rotate the secret of ${endpoint.url}`}
          title="Rotate the signing secret?"
          description="A new secret signs every delivery from now on; the receiver must switch to it, or it will reject them."
          confirmLabel="Rotate secret"
          pendingLabel="Rotating..."
          variant="secondary"
          confirmVariant="primary"
          onConfirm={async () => {
            const result = await rotateWebhookSecretAction(withId(endpoint.id));
            if (!result.ok) return result.formError ?? 'The secret was not rotated. Try again.';
            setMessage(null);
            setSecret(result.secret);
            return null;
          }}
        />
        <ConfirmButton
          label="Delete"
          accessibleLabel={`Delete ${endpoint.url}`}
          title="Delete this endpoint?"
          description={`${endpoint.url} gets no more events, and its delivery log is deleted. This cannot be undone.`}
          confirmLabel="Delete endpoint"
          pendingLabel="Deleting..."
          variant="danger-secondary"
          confirmVariant="danger"
          onConfirm={async () => {
            const result = await deleteWebhookAction(withId(endpoint.id));
            if (!result.ok) return result.formError ?? 'The endpoint was not deleted. Try again.';
            router.refresh();
            return null;
          }}
        />
      </div>
      <div aria-live="polite">{message && <Alert tone={message.tone}>{message.text}</Alert>}</div>
      {secret && <SecretReveal secret={secret} heading="New secret ready." />}
      <section className={styles.log} aria-labelledby={logId}>
        <div className={styles.logHead}>
          <h3 id={logId}>Delivery log</h3>
          <Button size="sm" variant="ghost" disabled={refreshing} onClick={() => startRefresh(() => router.refresh())}>
            {refreshing ? 'Refreshing...' : 'Refresh'}
          </Button>
        </div>
        <DeliveryLog deliveries={deliveries} captionId={logId} />
      </section>
    </li>
  );
}
