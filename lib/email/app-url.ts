import 'server-only';
import { getEnv } from '@/lib/env';

/**
 * An absolute link into the app for an email, which is read far from any request: the public
 * address of BETTER_AUTH_URL, else the address the app answers on by default (as Better Auth does).
 */
export function appUrl(path: string): string {
  const base = getEnv().BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path, base.endsWith('/') ? base : `${base}/`).toString();
}
