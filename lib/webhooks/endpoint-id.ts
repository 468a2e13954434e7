import { endpointNotFound } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The endpoint's id, if it can be one: anything else is simply not found. */
export function endpointId(id: string): string {
  if (!UUID.test(id)) throw endpointNotFound();
  return id.toLowerCase();
}
