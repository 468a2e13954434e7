import 'server-only';
import { log } from '@/lib/log';

export interface DisabledEndpoint {
  id: string;
  workspaceId: string;
  url: string;
  createdById: string | null;
  failingSince: Date | null;
}

/**
 * Tells the endpoint's owner that it was turned off after a day of failures. Until the
 * notifications module (lib/notifications) lands, it only logs; wire it there, e.g. an in-app
 * entry and an email to createdById and the workspace's owners and admins. The URL is not logged:
 * it may carry a receiver's secret.
 */
export async function onEndpointDisabled(endpoint: DisabledEndpoint): Promise<void> {
  log.warn(`webhook endpoint ${endpoint.id} of workspace ${endpoint.workspaceId} was turned off: its deliveries failed since ${endpoint.failingSince?.toISOString() ?? 'a day ago'}`);
}
