// @ts-check
// Plain JavaScript: next.config.js imports it.

/**
 * The origins Server Actions accept besides the request's own host, as `serverActions.allowedOrigins`
 * wants them (host[:port]). Next compares Origin with X-Forwarded-Host (else Host); pinning the
 * public URL keeps actions working when a proxy rewrites those, and adds nothing else.
 * @param {string | undefined} betterAuthUrl
 * @returns {string[]}
 */
export function serverActionOrigins(betterAuthUrl) {
  const url = betterAuthUrl?.trim();
  if (!url || !URL.canParse(url)) return [];
  return [new URL(url).host];
}
