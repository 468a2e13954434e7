import { RESET_PASSWORD_PATH } from '@/lib/account/reset-password-path';
import { REQUEST_LINK_PATH } from '@/lib/credential-requests/link-path';

/** The Content-Security-Policy for one response: scripts only with this request's nonce. */
export function contentSecurityPolicy(nonce: string, { development }: { development: boolean }): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

export const staticSecurityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

// Pages opened from a secret link: a credential request's, and a password reset's (its token in the query).
const SECRET_LINK_PAGES = new Set([REQUEST_LINK_PATH, RESET_PASSWORD_PATH]);

/**
 * A secret link's page: never kept in a cache (it shows what only the link's holder may see), and
 * no Referer for anything it leads to.
 */
export function pageSecurityHeaders(pathname: string): Record<string, string> {
  return SECRET_LINK_PAGES.has(pathname) ? { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } : {};
}

/**
 * Once the app's public URL is HTTPS, browsers are told never to use plain HTTP for it again (two
 * years, its subdomains too), so a network attacker cannot downgrade the next visit. Without an
 * HTTPS URL nothing is sent: HSTS on a local http:// install would only get in the way.
 */
export function transportSecurityHeaders(betterAuthUrl: string | undefined): Record<string, string> {
  return betterAuthUrl?.trim().toLowerCase().startsWith('https://') ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {};
}
