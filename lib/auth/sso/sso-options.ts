import 'server-only';
import { tryGetCurrentAuthEndpointContext } from '@better-auth/core/context';
import type { SSOOptions } from '@better-auth/sso';
import { recordAccountAuditEvent } from '@/lib/audit/audit-log';
import type { Db } from '@/lib/db/client';
import type { Env } from '@/lib/env';
import { addressRulesOf } from './address-rules';
import { joinProviderWorkspace } from './sso-membership';

/**
 * Better Auth's SSO plugin as this app uses it. Providers are written by lib/auth/sso (sealed
 * secret, endpoints the app discovered and checked itself); the plugin's own registration and
 * management endpoints are never reachable (lib/auth/auth-endpoints.ts allows only the callback).
 * Membership is the app's: a first sign-in joins the provider's workspace as a member. Runs once
 * the plugin made the session, so each SSO sign-in is audited here too.
 */
export function ssoOptions(db: Db): SSOOptions {
  return {
    organizationProvisioning: { disabled: true },
    provisionUserOnEveryLogin: true,
    provisionUser: async ({ user, provider }) => {
      await joinProviderWorkspace(db, user, provider.organizationId);
      await recordAccountAuditEvent(db, user.id, {
        action: 'sign-in.succeeded',
        actor: { id: user.id, email: user.email },
        target: { type: 'user', id: user.id, label: user.email },
        headers: tryGetCurrentAuthEndpointContext()?.headers ?? null,
        detail: { method: 'single sign-on', provider: provider.providerId },
      });
    },
  };
}

/**
 * Identity providers on the operator's network (SSO_INTERNAL_ISSUERS): the plugin refuses
 * private addresses unless their origin is trusted.
 */
export const ssoTrustedOrigins = (env: Env) => addressRulesOf(env).internalOrigins;
