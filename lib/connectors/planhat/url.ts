import 'server-only';
import { isPlanhatCluster, type PlanhatCluster } from './regions';

/**
 * Builds a Planhat API URL from the server's template (e.g. `https://{cluster}.planhat.com`).
 * The cluster is re-checked against the allow-list here, at the last step before a request,
 * so no caller can route the token to a host of its choosing.
 */
export function buildPlanhatUrl(
  urlTemplate: string,
  cluster: PlanhatCluster,
  path: string,
  query: Record<string, string | number | undefined> = {},
): URL {
  if (!isPlanhatCluster(cluster)) throw new Error('Refusing to call Planhat: unknown region.');
  if (!/^https?:\/\/[^\s]*\{cluster\}/.test(urlTemplate)) {
    throw new Error('PLANHAT_API_URL_TEMPLATE must be an http(s) URL containing {cluster}.');
  }
  if (!/^\/[a-z]+$/.test(path)) throw new Error('Refusing to call Planhat: unexpected path.');
  const base = urlTemplate.replaceAll('{cluster}', cluster).replace(/\/+$/, '');
  const url = new URL(base + path);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url;
}
