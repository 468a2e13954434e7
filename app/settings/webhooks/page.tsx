import type { Metadata } from 'next';
import { Panel, panelStyles } from '@/components/ui/panel';
import { AddWebhookForm } from './components/add-webhook-form';
import { WebhookCard } from './components/webhook-card';
import styles from './components/webhooks.module.css';
import { requireActor } from '@/lib/auth/actor';
import { listWebhookDeliveries } from '@/lib/webhooks/list-deliveries';
import { listWebhookEndpoints } from '@/lib/webhooks/list-endpoints';
import { canManageWebhooks, WEBHOOK_MANAGERS_ONLY } from '@/lib/webhooks/webhook-rules';

export const metadata: Metadata = { title: 'Webhooks' };

const VERIFY_EXAMPLE = `import { Webhook } from 'standardwebhooks';

// body: the raw request body, as text
const event = new Webhook(process.env.WEBHOOK_SECRET).verify(body, headers);`;

export default async function WebhooksPage() {
  const actor = await requireActor('/settings/webhooks');
  const manager = canManageWebhooks(actor);
  const header = (
    <div className="page-header">
      <h1>Webhooks for {actor.workspaceName}</h1>
      <p className="muted">
        Send credential alerts (a token refused, access changed, a credential added or deleted...) to your own systems as signed
        HTTPS requests, following the Standard Webhooks specification.
      </p>
    </div>
  );
  if (!manager) {
    return (
      <div className="page">
        {header}
        <Panel id="webhooks-title" title="Endpoints" description={WEBHOOK_MANAGERS_ONLY}>
          <p className={styles.empty}>Ask an owner or admin of this workspace to add or change a webhook.</p>
        </Panel>
      </div>
    );
  }
  // Endpoints hold no secret: the signing secret only ever reaches the browser in an action's answer.
  const { items: endpoints } = await listWebhookEndpoints(actor, { limit: 100 });
  const logs = await Promise.all(endpoints.map((endpoint) => listWebhookDeliveries(actor, endpoint.id, { limit: 10 })));
  return (
    <div className="page">
      {header}
      <div className={panelStyles.stack}>
        <Panel id="add-webhook-title" title="Add an endpoint" description="Each delivery is signed with the endpoint’s own secret, shown once when you add it.">
          <AddWebhookForm />
        </Panel>
        <Panel id="webhooks-title" title="Endpoints">
          {endpoints.length === 0 ? (
            <p className={styles.empty}>No endpoints yet. Add one above, then send it a test event.</p>
          ) : (
            <ul className={styles.list}>
              {endpoints.map((endpoint, index) => (
                <WebhookCard key={endpoint.id} endpoint={endpoint} deliveries={logs[index]?.items ?? []} />
              ))}
            </ul>
          )}
        </Panel>
        <Panel id="verify-title" title="Verifying deliveries" description="Check every request before you trust it: its signature covers the webhook-id, the webhook-timestamp and the body.">
          <pre className={styles.example}>
            <code>{VERIFY_EXAMPLE}</code>
          </pre>
          <p className={styles.meta}>
            A 2xx answer within 10 seconds counts as delivered. Anything else is retried with growing pauses (up to an hour) for
            at least 24 hours; an endpoint that fails for 24 hours is turned off. The same event keeps its webhook-id across
            retries, so you can drop duplicates. The REST API manages webhooks too: see the <a href="/api/v1/openapi.json">OpenAPI document</a>.
          </p>
        </Panel>
      </div>
    </div>
  );
}
