import 'server-only';
import { isIP } from 'node:net';

/**
 * The client's address, as the front door (server.js) left it in X-Forwarded-For: exactly one
 * address, the socket's or the one a trusted proxy vouched for. Anything else (a chain, garbage)
 * did not come through the front door and is not believed.
 */
export function clientAddress(headers: Headers | undefined | null): string | null {
  const value = headers?.get('x-forwarded-for')?.trim() ?? '';
  return isIP(value) ? value : null;
}
