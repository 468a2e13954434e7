// @ts-check
// Plain JavaScript: server.js names each request by its route pattern (/credentials/[id], not
// /credentials/c_123) for log lines and metrics, from the build's routes manifest.
import fs from 'node:fs';
import path from 'node:path';

/** @typedef {(pathname: string) => string} RoutePatternOf */

/**
 * @param {string} distDir the build folder (.next)
 * @returns {RoutePatternOf}
 */
export function loadRoutePatterns(distDir) {
  /** @type {{ staticRoutes?: { page: string, regex: string }[], dynamicRoutes?: { page: string, regex: string }[] }} */
  let manifest = {};
  try {
    manifest = JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ path.join(distDir, 'routes-manifest.json'), 'utf8'));
  } catch {
    // No build (tests of server.js's helpers): every path is "unmatched", which is still bounded.
  }
  const staticPages = new Map((manifest.staticRoutes ?? []).map((route) => [route.page, route.page]));
  const dynamic = (manifest.dynamicRoutes ?? []).map((route) => ({ page: route.page, regex: new RegExp(route.regex) }));
  return (pathname) => {
    const trimmed = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
    const known = staticPages.get(trimmed);
    if (known) return known;
    if (trimmed.startsWith('/_next/')) return `/_next/${trimmed.split('/')[2] ?? ''}`;
    return dynamic.find((route) => route.regex.test(pathname))?.page ?? '(unmatched)';
  };
}
