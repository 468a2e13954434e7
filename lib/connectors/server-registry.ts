import 'server-only';
import { planhatServerConnector } from './planhat/server-connector';
import type { ConnectorId } from './registry';

/** Server half of the registry: every connector from registry.ts with its check functions. */
export const serverConnectors = { planhat: planhatServerConnector } as const satisfies Record<ConnectorId, unknown>;

export function getServerConnector<Id extends ConnectorId>(id: Id): (typeof serverConnectors)[Id] {
  return serverConnectors[id];
}
