import 'server-only';
import { getDb } from '@/lib/db/client';
import { log } from '@/lib/log';

export interface DisabledEndpoint {
  id: string;
  workspaceId: string;
  url: string;
  createdById: string | null;
  failingSince: Date | null;
}

/**
 * Tells the people who can turn the endpoint back on (its creator and the workspace's owners and
 * admins) that it was turned off after a day of failures: a bell entry each, once per endpoint and
 * failing streak. The URL is neither logged nor shown: it may carry a receiver's secret.
 */
export async function onEndpointDisabled(endpoint: DisabledEndpoint): Promise<void> {
  const since = endpoint.failingSince?.toISOString() ?? 'a day ago';
  log.warn(`webhook endpoint ${endpoint.id} of workspace ${endpoint.workspaceId} was turned off: its deliveries failed since ${since}`);
  const db = await getDb();
  const members = await db.member.findMany({
    where: { organizationId: endpoint.workspaceId, OR: [{ role: { in: ['owner', 'admin'] } }, ...(endpoint.createdById ? [{ userId: endpoint.createdById }] : [])] },
    select: { userId: true },
  });
  const userIds = [...new Set(members.map((member) => member.userId))];
  await db.notification.createMany({
    data: userIds.map((userId) => ({
      userId,
      workspaceId: endpoint.workspaceId,
      alertId: `webhook-disabled:${endpoint.id}:${since}`,
      type: 'webhook.disabled',
      credentialId: null,
      title: 'A webhook endpoint was turned off',
      body: 'Its deliveries failed for a day, so alerts are no longer sent to it. Check the receiver, then turn it back on under Settings → Webhooks.',
      href: '/settings/webhooks',
    })),
    skipDuplicates: true,
  });
}
