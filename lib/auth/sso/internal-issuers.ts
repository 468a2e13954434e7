// No 'server-only': lib/env.ts parses SSO_INTERNAL_ISSUERS with it, and vitest loads env directly.

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export const isLoopbackHost = (hostname: string) => LOOPBACK_HOSTS.has(hostname);

/**
 * SSO_INTERNAL_ISSUERS: origins of identity providers on the operator's own network, which the app
 * (and the SSO plugin) would otherwise refuse as private addresses. An owner can only point the
 * app at a private address the operator listed, so the discovery fetch cannot be turned into a
 * probe of the internal network. http:// is accepted only for loopback (local installs and tests).
 * Null when an entry is not an origin.
 */
export function parseInternalIssuers(value: string | undefined): string[] | null {
  if (!value?.trim()) return [];
  const origins: string[] = [];
  for (const entry of value.split(',').map((part) => part.trim()).filter(Boolean)) {
    const url = URL.parse(entry);
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return null;
    if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) return null;
    origins.push(url.origin);
  }
  return origins;
}
