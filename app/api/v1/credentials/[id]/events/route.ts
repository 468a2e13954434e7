import { apiRoute, json } from '@/lib/api/api-route';
import { parseQuery } from '@/lib/api/request-input';
import { eventListQuery } from '@/lib/api/schemas/credential-requests';
import { eventResource } from '@/lib/api/schemas/credential-resources';
import { listCredentialEvents } from '@/lib/credentials/credential-events';

/** The credential's audit trail (changes and checks; reads are counted under /usage), newest first. */
export const GET = apiRoute<{ id: string }>('Reading credential events', async ({ request, actor, params }) => {
  const query = parseQuery(request, eventListQuery);
  if (!query.ok) return query.response;
  const events = await listCredentialEvents(actor, params.id, query.data);
  return json({ items: events.map(eventResource) });
});
