import { apiRoute, json } from '@/lib/api/api-route';
import { parseQuery } from '@/lib/api/request-input';
import { usageQuery } from '@/lib/api/schemas/credential-requests';
import { usageDayResource } from '@/lib/api/schemas/credential-resources';
import { listUsageDays } from '@/lib/credentials/list-usage-days';

/** Reads of Planhat records with the credential, per UTC day and source, newest first. */
export const GET = apiRoute<{ id: string }>('Reading credential usage', async ({ request, actor, params }) => {
  const query = parseQuery(request, usageQuery);
  if (!query.ok) return query.response;
  const days = await listUsageDays(actor, params.id, query.data);
  return json({ items: days.map(usageDayResource) });
});
