import 'server-only';
import { getEnv } from '@/lib/env';

const LOCAL_HOST = /^(localhost|127\.0\.0\.1)(:\d{1,5})?$/;

/**
 * The origin Better Auth builds the SSO redirect URI from: BETTER_AUTH_URL, or on the local
 * default the host the request came to (localhost or 127.0.0.1, as auth-options.ts allows).
 */
export function appOrigin(requestHeaders: Headers): string {
  const configured = getEnv().BETTER_AUTH_URL;
  if (configured) return new URL(configured).origin;
  const host = requestHeaders.get('host') ?? '';
  return LOCAL_HOST.test(host) ? `http://${host}` : `http://localhost:${process.env.PORT ?? 3000}`;
}
