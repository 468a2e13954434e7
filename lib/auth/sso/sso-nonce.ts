import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Better Auth's SSO plugin sends no OpenID `nonce`, so an ID token issued for another sign-in
 * could be replayed into this one. The nonce is derived from the flow's `state` (random, and
 * bound to this browser by the plugin's state cookie) with the auth secret: nothing extra is
 * stored, and the callback can recompute it from the `state` it receives.
 */
export const nonceFor = (secret: string, state: string) => createHmac('sha256', secret).update(`sso-oidc-nonce\0${state}`).digest('base64url');

/** The plugin's authorization URL with the nonce of its `state` added. */
export function withNonce(secret: string, authorizationUrl: string): string {
  const url = new URL(authorizationUrl);
  const state = url.searchParams.get('state');
  if (!state) throw new Error('The SSO authorization URL carries no state.');
  url.searchParams.set('nonce', nonceFor(secret, state));
  return url.toString();
}

/** Whether an ID token's `nonce` claim is the one this flow's `state` stands for. */
export function nonceMatches(secret: string, state: unknown, nonce: unknown): boolean {
  if (typeof state !== 'string' || !state || typeof nonce !== 'string') return false;
  const expected = Buffer.from(nonceFor(secret, state));
  const actual = Buffer.from(nonce);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
