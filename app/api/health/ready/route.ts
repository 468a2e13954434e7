import { readiness } from '@/lib/observability/readiness';

export const dynamic = 'force-dynamic';

/**
 * Readiness: database reachable, migrations applied, keys loaded, job queue started, not shutting
 * down. 503 with a problem detail naming what is not ready, so the load balancer sends traffic elsewhere.
 */
export async function GET() {
  const { ready, checks } = await readiness();
  const headers = { 'Cache-Control': 'no-store' };
  if (ready) return Response.json({ status: 'ready', checks }, { headers });
  const notReady = Object.entries(checks).filter(([, check]) => check !== 'ok').map(([name, check]) => `${name}: ${check}`);
  return new Response(
    JSON.stringify({ type: 'about:blank', title: 'Not ready', status: 503, detail: `This instance is not ready: ${notReady.join('; ')}.`, checks }),
    { status: 503, headers: { ...headers, 'Content-Type': 'application/problem+json' } },
  );
}
