import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { observabilityConfigOrThrow } from './config.js';

export type MetricsAccess = { ok: true } | { ok: false; status: 401 | 403 | 404; detail: string };

const sameSecret = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * Who may scrape /api/metrics: with METRICS_TOKEN set, whoever sends it as a bearer token; without
 * it, anyone outside production, and in production only when METRICS_PUBLIC=true says so.
 */
export function metricsAccess(request: Request, env: Record<string, string | undefined> = process.env): MetricsAccess {
  const config = observabilityConfigOrThrow(env);
  if (!config.metricsEnabled) return { ok: false, status: 404, detail: 'Metrics are turned off on this server (METRICS_ENABLED=false).' };
  if (config.metricsToken) {
    const sent = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '')?.[1];
    if (sent && sameSecret(sent, config.metricsToken)) return { ok: true };
    return { ok: false, status: 401, detail: 'Send the metrics token: `Authorization: Bearer <METRICS_TOKEN>`.' };
  }
  if (env.NODE_ENV === 'production' && !config.metricsPublic) {
    return { ok: false, status: 403, detail: 'Metrics are not public: set METRICS_TOKEN (and scrape with it), or METRICS_PUBLIC=true if only your network can reach this server.' };
  }
  return { ok: true };
}
