import 'server-only';
import { getDb } from '@/lib/db/client';
import { onEndpointDisabled } from './endpoint-disabled';
import { FAILING_FOR_MS_BEFORE_DISABLING } from './retry-policy';

const DISABLED_REASON = 'Turned off automatically: every delivery failed for 24 hours. Fix the endpoint, send a test event, then turn it back on.';

/** A delivered attempt ends a failing streak. */
export async function recordEndpointSuccess(endpointId: string) {
  const db = await getDb();
  await db.webhookEndpoint.updateMany({ where: { id: endpointId, failingSince: { not: null } }, data: { failingSince: null } });
}

/**
 * A failed attempt starts a failing streak (or continues it); a streak of a day turns the endpoint
 * off, once (the update that turns it off is the one that tells its owner).
 */
export async function recordEndpointFailure(endpointId: string, now = new Date()) {
  const db = await getDb();
  await db.webhookEndpoint.updateMany({ where: { id: endpointId, failingSince: null }, data: { failingSince: now } });
  const { count } = await db.webhookEndpoint.updateMany({
    where: { id: endpointId, enabled: true, failingSince: { lte: new Date(now.getTime() - FAILING_FOR_MS_BEFORE_DISABLING) } },
    data: { enabled: false, disabledReason: DISABLED_REASON },
  });
  if (count === 1) {
    const endpoint = await db.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { id: true, workspaceId: true, url: true, createdById: true, failingSince: true } });
    if (endpoint) await onEndpointDisabled(endpoint);
  }
}
