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

/** Per-IP limits for the endpoints people could brute-force, enforced by Better Auth's limiter. */
export const ipRateLimits = {
  '/sign-in/email': { window: 60, max: 10 },
  '/sign-up/email': { window: 60, max: 5 },
  '/organization/accept-invitation': { window: 60, max: 10 },
};

/** Failed-or-not sign-in attempts allowed per account in a window, whatever IP they come from. */
export const accountSignInLimit = { windowSeconds: 15 * 60, max: 10 };
