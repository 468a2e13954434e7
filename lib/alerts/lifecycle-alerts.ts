import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Actor } from '@/lib/auth/actor';
import { credentialState } from '@/lib/credentials/credential-state';
import { getDb } from '@/lib/db/client';
import type { CredentialDto } from '@/lib/credentials/dto';
import type { CredentialAlertType } from './alert';
import { publishAlert } from './publish-alert';

/**
 * credential.created / credential.deleted, which only webhooks receive: queued only when an endpoint
 * of the workspace listens for it, so a save costs one indexed count otherwise. Never a token.
 */
export async function publishLifecycleAlert(type: Extract<CredentialAlertType, 'credential.created' | 'credential.deleted'>, actor: Actor, credential: CredentialDto) {
  const db = await getDb();
  const listening = await db.webhookEndpoint.count({ where: { workspaceId: actor.workspaceId, enabled: true, events: { has: type } } });
  if (listening === 0) return;
  await publishAlert({
    id: randomUUID(),
    type,
    occurredAt: new Date().toISOString(),
    workspace: { id: actor.workspaceId, name: actor.workspaceName },
    credential: {
      id: credential.id,
      name: credential.name,
      status: credentialState(credential),
      reason: credential.statusReason,
      createdById: credential.createdBy?.id ?? null,
    },
    change: null,
    affected: { sources: [], destinations: [] },
  });
}
