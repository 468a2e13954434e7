import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Actor } from '@/lib/auth/actor';
import { getKeyring } from '@/lib/credentials/keyring';
import { getDb } from '@/lib/db/client';
import { authorizeWebhooks } from './authorize';
import { endpointDtoSelect, toEndpointDto, type WebhookEndpointDto } from './endpoint-dto';
import { endpointId } from './endpoint-id';
import { endpointNotFound } from './errors';
import type { WebhookEventType } from './event-types';
import { saveableUrl } from './saveable-url';
import type { NewWebhook } from './schemas';
import { generateSigningSecret, sealedSecretColumns } from './signing-secret';

/** A new endpoint and its signing secret: the only time, with rotation, that the secret leaves the server. */
export async function createWebhookEndpoint(actor: Actor, input: NewWebhook): Promise<{ endpoint: WebhookEndpointDto; secret: string }> {
  authorizeWebhooks(actor);
  const url = await saveableUrl(input.url);
  const db = await getDb();
  const id = randomUUID();
  const secret = generateSigningSecret();
  const row = await db.webhookEndpoint.create({
    data: {
      id,
      workspaceId: actor.workspaceId,
      url,
      description: input.description,
      events: input.events,
      ...sealedSecretColumns(getKeyring(), { id, workspaceId: actor.workspaceId }, secret),
      createdById: actor.userId,
    },
    select: endpointDtoSelect,
  });
  return { endpoint: toEndpointDto(row), secret };
}

export interface EndpointChanges {
  url?: string;
  events?: WebhookEventType[];
  description?: string;
  enabled?: boolean;
}

/**
 * Changes what was sent; the rest stays. Turning an endpoint back on forgets its failures, so it
 * gets a fresh day before it can be turned off again; turning it off says who did.
 */
export async function updateWebhookEndpoint(actor: Actor, id: string, changes: EndpointChanges): Promise<WebhookEndpointDto> {
  authorizeWebhooks(actor);
  const where = { id: endpointId(id), workspaceId: actor.workspaceId };
  const url = changes.url === undefined ? undefined : await saveableUrl(changes.url);
  const db = await getDb();
  const switched =
    changes.enabled === undefined
      ? {}
      : changes.enabled
        ? { enabled: true, disabledReason: null, failingSince: null }
        : { enabled: false, disabledReason: `Turned off by ${actor.name}.` };
  const { count } = await db.webhookEndpoint.updateMany({ where, data: { url, events: changes.events, description: changes.description, ...switched } });
  if (count === 0) throw endpointNotFound();
  return toEndpointDto(await db.webhookEndpoint.findUniqueOrThrow({ where, select: endpointDtoSelect }));
}

/** A new secret replaces the old one at once: the next attempt of every delivery is signed with it. */
export async function rotateWebhookSecret(actor: Actor, id: string): Promise<{ endpoint: WebhookEndpointDto; secret: string }> {
  authorizeWebhooks(actor);
  const where = { id: endpointId(id), workspaceId: actor.workspaceId };
  const secret = generateSigningSecret();
  const db = await getDb();
  const { count } = await db.webhookEndpoint.updateMany({ where, data: sealedSecretColumns(getKeyring(), { id: where.id, workspaceId: actor.workspaceId }, secret) });
  if (count === 0) throw endpointNotFound();
  return { endpoint: toEndpointDto(await db.webhookEndpoint.findUniqueOrThrow({ where, select: endpointDtoSelect })), secret };
}

/** Deletes the endpoint with its delivery log; deliveries still queued find nothing to send. */
export async function deleteWebhookEndpoint(actor: Actor, id: string): Promise<void> {
  authorizeWebhooks(actor);
  const db = await getDb();
  const { count } = await db.webhookEndpoint.deleteMany({ where: { id: endpointId(id), workspaceId: actor.workspaceId } });
  if (count === 0) throw endpointNotFound();
}
