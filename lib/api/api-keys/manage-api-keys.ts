import 'server-only';
import { recordAuditEvent } from '@/lib/audit/audit-log';
import type { Actor } from '@/lib/auth/actor';
import { getAuth } from '@/lib/auth/auth';
import { getDb } from '@/lib/db/client';
import { canManageApiKeys } from './api-key-rules';

export class ApiKeyRefusal extends Error {
  override name = 'ApiKeyRefusal';
  constructor(
    message: string,
    /** The form field the refusal is about, if any. */
    readonly field?: 'name',
  ) {
    super(message);
  }
}

/**
 * Creates a key for the actor's workspace through Better Auth's API key plugin (which generates
 * it and stores only its hash). `createdBy` is what the API acts as: the creator, with whatever
 * role they hold when the key is used. The plain key is returned once, here, and never again.
 */
export async function createApiKey(actor: Actor, name: string, requestHeaders?: Headers): Promise<{ id: string; key: string }> {
  if (!canManageApiKeys(actor)) throw new ApiKeyRefusal('Only workspace owners and admins can create API keys.');
  // Names are how people tell keys apart when revoking one; the plugin itself allows twins.
  const db = await getDb();
  const twin = await db.apikey.findFirst({ where: { referenceId: actor.workspaceId, name: { equals: name, mode: 'insensitive' } }, select: { id: true } });
  if (twin) throw new ApiKeyRefusal(`A key named “${name}” exists already. Choose another name, so you can tell them apart.`, 'name');
  const auth = await getAuth();
  const created = await auth.api.createApiKey({
    body: { name, organizationId: actor.workspaceId, userId: actor.userId, metadata: { createdBy: actor.userId } },
  });
  await recordAuditEvent(db, actor.workspaceId, {
    action: 'api-key.created',
    actor: { id: actor.userId, email: actor.email },
    target: { type: 'api-key', id: created.id, label: name },
    headers: requestHeaders,
    detail: { start: created.start ?? null },
  });
  return { id: created.id, key: created.key };
}

/**
 * Deletes the key, so the next request with it gets 401. Done on the plugin's table directly:
 * its delete endpoint authorizes by the session's organization permissions, which do not know
 * this app's roles; the rule here is the one on the settings page.
 */
export async function revokeApiKey(actor: Actor, keyId: string, requestHeaders?: Headers): Promise<void> {
  if (!canManageApiKeys(actor)) throw new ApiKeyRefusal('Only workspace owners and admins can revoke API keys.');
  const db = await getDb();
  const revoked = await db.$transaction(async (tx) => {
    const key = await tx.apikey.findFirst({ where: { id: keyId, referenceId: actor.workspaceId }, select: { name: true, start: true } });
    const { count } = await tx.apikey.deleteMany({ where: { id: keyId, referenceId: actor.workspaceId } });
    if (count === 0) return false;
    await recordAuditEvent(tx, actor.workspaceId, {
      action: 'api-key.revoked',
      actor: { id: actor.userId, email: actor.email },
      target: { type: 'api-key', id: keyId, label: key?.name ?? null },
      headers: requestHeaders,
      detail: { start: key?.start ?? null },
    });
    return true;
  });
  if (!revoked) throw new ApiKeyRefusal('This API key does not exist any more; it may have been revoked already.');
}
