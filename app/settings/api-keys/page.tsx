import type { Metadata } from 'next';
import { ApiKeyTable } from './components/api-key-table';
import styles from './components/api-keys.module.css';
import { CreateApiKeyForm } from './components/create-api-key-form';
import { Panel, panelStyles } from '@/components/ui/panel';
import { API_KEY_MANAGERS_ONLY, canManageApiKeys } from '@/lib/api/api-keys/api-key-rules';
import { listApiKeys } from '@/lib/api/api-keys/list-api-keys';
import { requireActor } from '@/lib/auth/actor';

export const metadata: Metadata = { title: 'API keys' };

export default async function ApiKeysPage() {
  const actor = await requireActor('/settings/api-keys');
  const keys = await listApiKeys(actor);
  const manager = canManageApiKeys(actor);
  return (
    <div className="page">
      <div className="page-header">
        <h1>API keys for {actor.workspaceName}</h1>
        <p className="muted">
          Scripts and other systems use API keys to manage this workspace’s credentials through the REST API. A key acts
          as the person who created it, with their current role, and stops working if they leave the workspace.
        </p>
      </div>
      <div className={panelStyles.stack}>
        {manager && (
          <Panel id="create-key-title" title="Create an API key" description="The key will act as you. Give each system its own key, so you can revoke one without breaking the others.">
            <CreateApiKeyForm />
          </Panel>
        )}
        <Panel id="keys-title" title="Keys" description={manager ? undefined : API_KEY_MANAGERS_ONLY}>
          <ApiKeyTable keys={keys} canRevoke={manager} headingId="keys-title" />
        </Panel>
        <Panel id="usage-title" title="Using the API" description="Send the key as a bearer token. Each key may make a limited number of requests per minute.">
          <pre className={styles.example}>
            <code>{'curl -H "Authorization: Bearer phcm_..." \\\n  "$APP_URL/api/v1/credentials?limit=25"'}</code>
          </pre>
          <p>
            Every route, field and error is described in the <a href="/api/v1/openapi.json">OpenAPI document</a>.
          </p>
        </Panel>
      </div>
    </div>
  );
}
