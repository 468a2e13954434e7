import 'server-only';
import type { Db } from '@/lib/db/client';
import { ssoEmailAllowed } from '../sign-up-policy';
import { nonceMatches } from './sso-nonce';

interface GateInput {
  user: { email?: unknown };
  source: { method: string; sso?: { providerId?: string; profile?: unknown } };
}

interface GateContext {
  query?: Record<string, unknown>;
  context: { secret: string };
}

/**
 * Better Auth's `user.validateUserInfo`, run before an SSO sign-in creates, links or signs in a
 * user (and so before any session): the ID token must carry this flow's nonce (the plugin
 * takes the profile from the verified ID token, see oidc-config.ts), and the email must be in
 * the provider's domain, so an identity provider speaks only for its own domain's people.
 */
export function ssoIdentityGate(db: Db) {
  return async ({ user, source }: GateInput, ctx: GateContext) => {
    if (source.method !== 'sso-oidc') return;
    const profile = (source.sso?.profile ?? {}) as Record<string, unknown>;
    if (!nonceMatches(ctx.context.secret, ctx.query?.state, profile.nonce)) {
      return { error: 'nonce_mismatch', errorDescription: 'The ID token was not issued for this sign-in.' };
    }
    if (!source.sso?.providerId || !(await ssoEmailAllowed(db, source.sso.providerId, String(user.email ?? '')))) {
      return { error: 'email_outside_domain', errorDescription: 'The email is not in the domain of this identity provider.' };
    }
  };
}
