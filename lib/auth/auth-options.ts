import 'server-only';

/**
 * Where the app is reached and whether its cookies are Secure. With BETTER_AUTH_URL (production
 * behind HTTPS) both come from it; on the local default the app answers on localhost over HTTP.
 */
export function baseUrlOptions(betterAuthUrl: string | undefined) {
  if (betterAuthUrl) {
    return { baseURL: betterAuthUrl, useSecureCookies: betterAuthUrl.startsWith('https://') };
  }
  return {
    baseURL: {
      allowedHosts: ['localhost', 'localhost:*', '127.0.0.1', '127.0.0.1:*'],
      protocol: 'http' as const,
      // For server-side calls with no request to read the host from.
      fallback: `http://localhost:${process.env.PORT ?? 3000}`,
    },
    useSecureCookies: false,
  };
}

/**
 * Better Auth's per-IP limiter counts every request, right passwords included, so an office behind
 * one address could be refused a right password. Sign-in is throttled by failures instead
 * (lib/auth/sign-in-throttle.ts); other endpoints keep Better Auth's general limit.
 */
export const ipRateLimits = { '/sign-in/email': false } as const;

/**
 * Who passkeys are bound to (WebAuthn's relying party): the host of BETTER_AUTH_URL, or localhost
 * on the local default. Browsers refuse passkeys on an IP address, so locally open the app at
 * http://localhost:PORT to use one.
 */
export function passkeyOptions(betterAuthUrl: string | undefined) {
  const origin = betterAuthUrl ? new URL(betterAuthUrl).origin : `http://localhost:${process.env.PORT ?? 3000}`;
  return { rpID: new URL(origin).hostname, rpName: 'Credential Manager', origin };
}
