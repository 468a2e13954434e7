import 'server-only';
import { apiKey } from '@better-auth/api-key';
import { passkey } from '@better-auth/passkey';
import { sso } from '@better-auth/sso';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import { organization, twoFactor } from 'better-auth/plugins';
import { getDb, type Db } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { emailPasswordReset, RESET_LINK_LIFETIME_SECONDS } from '@/lib/email/password-reset-email';
import { resolveAuthSecret } from './auth-secret';
import { baseUrlOptions, ipRateLimits, passkeyOptions } from './auth-options';
import { settleSignIn, throttleSignIn } from './sign-in-hooks';
import { signUpAllowed } from './sign-up-policy';
import { ssoIdentityGate } from './sso/sso-identity-gate';
import { ssoOptions, ssoTrustedOrigins } from './sso/sso-options';
import { withSsoSecrets } from './sso/sso-secret-extension';
import { afterAccountSecurity, beforeAccountSecurity } from './two-factor/account-security-hooks';
import { checkUserFields } from './user-fields';
import { workspaceAccessControl, workspaceRoles } from './workspace-access';

function createAuth(db: Db) {
  const env = getEnv();
  const { baseURL, useSecureCookies } = baseUrlOptions(env.BETTER_AUTH_URL);
  return betterAuth({
    appName: 'Credential Manager',
    // Keys are managed by the settings page's server actions, which apply this app's rules (and
    // record who created a key); the plugin's own HTTP endpoints would let a caller set that freely.
    disabledPaths: ['/api-key/create', '/api-key/get', '/api-key/update', '/api-key/delete', '/api-key/list'],
    // The adapter's client opens SSO client secrets for the plugin, and only for it (lib/auth/sso).
    database: prismaAdapter(withSsoSecrets(db), { provider: 'postgresql' }),
    secret: resolveAuthSecret(env),
    baseURL,
    trustedOrigins: ssoTrustedOrigins(env),
    // Single sign-on: the ID token's nonce and the provider's email domain, before any user or session.
    user: { validateUserInfo: ssoIdentityGate(db) },
    // The identity provider's tokens (kept on the person's SSO account row) are encrypted at rest.
    account: { encryptOAuthTokens: true },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      autoSignIn: true,
      // The reset link goes to this app's /reset-password page (Better Auth's own link would go to
      // an endpoint not served over HTTP); a reset ends every session of that person.
      sendResetPassword: ({ user, token }) => emailPasswordReset({ user, token }),
      resetPasswordTokenExpiresIn: RESET_LINK_LIFETIME_SECONDS,
      revokeSessionsOnPasswordReset: true,
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: { enabled: true, storage: 'database', window: 60, max: 120, customRules: ipRateLimits },
    // server.js leaves exactly one address in X-Forwarded-For: the socket's, or a trusted proxy's word.
    advanced: { useSecureCookies, ipAddress: { ipAddressHeaders: ['x-forwarded-for'] } },
    databaseHooks: {
      user: {
        create: { before: async (user) => ({ data: checkUserFields(user) }) },
        update: { before: async (user) => ({ data: checkUserFields(user) }) },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        const email = typeof ctx.body?.email === 'string' ? ctx.body.email : '';
        if (ctx.path === '/sign-up/email' && !(await signUpAllowed(db, email))) {
          throw new APIError('FORBIDDEN', { message: 'Accounts are created by invitation. Ask a workspace owner or admin for an invitation link.' });
        }
        await throttleSignIn(db, ctx);
        await beforeAccountSecurity(db, ctx);
      }),
      after: createAuthMiddleware(async (ctx) => {
        await settleSignIn(db, ctx);
        await afterAccountSecurity(db, ctx);
      }),
    },
    plugins: [
      organization({ ac: workspaceAccessControl, roles: workspaceRoles, invitationExpiresIn: 60 * 60 * 24 * 7 }),
      // Workspace API keys for /api/v1: the plugin makes and stores them (hashed); lib/api checks
      // them and counts their rate limit in one statement per request (lib/api/api-key-use.ts).
      apiKey({
        references: 'organization',
        defaultPrefix: 'phcm_',
        startingCharactersConfig: { charactersLength: 10 },
        enableMetadata: true,
        storage: 'database',
        rateLimit: { enabled: false },
      }),
      // TOTP with an authenticator app and 10 single-use recovery codes; on only after a first code.
      twoFactor({ issuer: 'Credential Manager', backupCodeOptions: { amount: 10, length: 10 } }),
      passkey(passkeyOptions(env.BETTER_AUTH_URL)),
      sso(ssoOptions(db)),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { auth?: Promise<Auth> };

/** Better Auth for this process, created once over the shared Prisma client. */
export function getAuth(): Promise<Auth> {
  globalForAuth.auth ??= getDb().then(createAuth);
  return globalForAuth.auth;
}
