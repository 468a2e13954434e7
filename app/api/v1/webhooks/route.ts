import { apiRoute, json } from '@/lib/api/api-route';
import { encodeCursor } from '@/lib/api/cursor';
import { parseJsonBody, parseQuery } from '@/lib/api/request-input';
import { newWebhookRequest, webhookListQuery } from '@/lib/api/schemas/webhook-requests';
import { webhookResource } from '@/lib/api/schemas/webhook-resources';
import { pagePosition } from '@/lib/api/webhooks/page-cursor';
import { answeringRefusals } from '@/lib/api/webhooks/webhook-problems';
import { listWebhookEndpoints } from '@/lib/webhooks/list-endpoints';
import { createWebhookEndpoint } from '@/lib/webhooks/manage-endpoints';

export const GET = apiRoute('Listing webhook endpoints', ({ request, actor }) =>
  answeringRefusals(async () => {
    const query = parseQuery(request, webhookListQuery);
    if (!query.ok) return query.response;
    const position = pagePosition(query.data.cursor);
    if (!position.ok) return position.response;
    const page = await listWebhookEndpoints(actor, { limit: query.data.limit, after: position.after });
    return json({ items: page.items.map(webhookResource), nextCursor: page.next && encodeCursor(page.next) });
  }),
);

/** The answer carries the signing secret: the only time it is shown, with rotation. */
export const POST = apiRoute('Creating a webhook endpoint', ({ request, actor }) =>
  answeringRefusals(async () => {
    const body = await parseJsonBody(request, newWebhookRequest);
    if (!body.ok) return body.response;
    const { endpoint, secret } = await createWebhookEndpoint(actor, body.data);
    return json({ ...webhookResource(endpoint), secret }, { status: 201, headers: { Location: `/api/v1/webhooks/${endpoint.id}` } });
  }),
);
