/** Liveness: the process is up and serving. Nothing else is checked, so a database outage never restarts it. */
export function GET() {
  return Response.json({ status: 'live' }, { headers: { 'Cache-Control': 'no-store' } });
}
