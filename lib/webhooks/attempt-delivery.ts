import 'server-only';
import { getKeyring } from '@/lib/credentials/keyring';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { isVaultError } from '@/lib/vault';
import { checkWebhookUrl, WebhookUrlRefusal } from './address-guard';
import { recordEndpointFailure, recordEndpointSuccess } from './endpoint-health';
import { postWebhook, type AttemptResult } from './post-webhook';
import { webhookHeaders } from './sign';
import { openSigningSecret } from './signing-secret';

/** delivered; retry (failed, try again later); failed (gave up); skipped (nothing to do: gone, settled or turned off). */
export type AttemptOutcome = 'delivered' | 'retry' | 'failed' | 'skipped';

const refused = (error: string): AttemptResult => ({ status: null, durationMs: 0, error });

/**
 * One attempt of a delivery, recorded in its log whatever happens. The URL is checked again now
 * (DNS may have changed since it was saved) and the connection goes to the addresses checked.
 * A turned-off endpoint still receives test events, so it can be tried before it is turned on.
 */
export async function attemptDelivery(deliveryId: string, { lastTry }: { lastTry: boolean }): Promise<AttemptOutcome> {
  const db = await getDb();
  const delivery = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      id: true, messageId: true, eventType: true, payload: true, state: true,
      endpoint: { select: { id: true, workspaceId: true, url: true, enabled: true, sealedSecret: true } },
    },
  });
  if (!delivery || delivery.state !== 'pending') return 'skipped';
  const { endpoint } = delivery;
  if (!endpoint.enabled && delivery.eventType !== 'test') {
    await db.webhookDelivery.updateMany({ where: { id: deliveryId, state: 'pending' }, data: { state: 'cancelled' } });
    return 'skipped';
  }

  const result = await sendOnce(endpoint, delivery);
  const delivered = result.error === null;
  const state = delivered ? 'delivered' : lastTry ? 'failed' : 'pending';
  const now = new Date();
  await db.$transaction([
    db.webhookDeliveryAttempt.create({ data: { deliveryId, attemptedAt: now, httpStatus: result.status, durationMs: result.durationMs, error: result.error } }),
    db.webhookDelivery.update({
      where: { id: deliveryId },
      data: { state, attemptCount: { increment: 1 }, lastStatus: result.status, lastAttemptAt: now, ...(delivered && { deliveredAt: now }) },
    }),
  ]);
  if (delivered) await recordEndpointSuccess(endpoint.id);
  else await recordEndpointFailure(endpoint.id, now);
  return delivered ? 'delivered' : lastTry ? 'failed' : 'retry';
}

async function sendOnce(
  endpoint: { id: string; workspaceId: string; url: string; sealedSecret: Uint8Array },
  delivery: { messageId: string; payload: string },
): Promise<AttemptResult> {
  let target;
  try {
    target = await checkWebhookUrl(endpoint.url, { allowPrivateNetworks: getEnv().WEBHOOK_ALLOW_PRIVATE_NETWORKS });
  } catch (error) {
    if (error instanceof WebhookUrlRefusal) return refused(`Not sent: ${error.message}`);
    throw error;
  }
  let secret: string;
  try {
    secret = openSigningSecret(getKeyring(), endpoint, endpoint.sealedSecret);
  } catch (error) {
    if (isVaultError(error)) return refused('Not sent: the signing secret cannot be decrypted (its key is no longer configured). Rotate the secret.');
    throw error;
  }
  const headers = webhookHeaders(secret, { id: delivery.messageId, sentAt: new Date(), body: delivery.payload });
  return postWebhook(target, headers, delivery.payload);
}
