import { databaseAnswers } from '@/lib/db/database-health';

/** For load balancers and the test runner: 200 when the database answers, else 503, within 2 s either way. */
export async function GET() {
  const headers = { 'Cache-Control': 'no-store' };
  if (await databaseAnswers()) return Response.json({ ok: true }, { headers });
  return Response.json({ ok: false, error: 'database unavailable' }, { status: 503, headers });
}
