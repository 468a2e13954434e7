// Client-safe: lists connectors for the UI. Check functions live in server-registry.ts.
import { planhatConnector } from './planhat/spec';

/** Adding a connector means adding its folder and one entry here (and in server-registry.ts). */
export const connectorSpecs = { planhat: planhatConnector } as const;

export type ConnectorId = keyof typeof connectorSpecs;

export const CONNECTOR_IDS = Object.keys(connectorSpecs) as ConnectorId[];

export function isConnectorId(value: unknown): value is ConnectorId {
  return typeof value === 'string' && Object.hasOwn(connectorSpecs, value);
}

export function getConnectorSpec<Id extends ConnectorId>(id: Id): (typeof connectorSpecs)[Id] {
  return connectorSpecs[id];
}
