import { apiRoute, json } from '@/lib/api/api-route';
import { encodeCursor } from '@/lib/api/cursor';
import { parseQuery } from '@/lib/api/request-input';
import { deliveryListQuery } from '@/lib/api/schemas/webhook-requests';
import { deliveryResource } from '@/lib/api/schemas/webhook-resources';
import { pagePosition } from '@/lib/api/webhooks/page-cursor';
import { answeringRefusals } from '@/lib/api/webhooks/webhook-problems';
import { listWebhookDeliveries } from '@/lib/webhooks/list-deliveries';

export const GET = apiRoute<{ id: string }>('Reading webhook deliveries', ({ request, actor, params }) =>
  answeringRefusals(async () => {
    const query = parseQuery(request, deliveryListQuery);
    if (!query.ok) return query.response;
    const position = pagePosition(query.data.cursor);
    if (!position.ok) return position.response;
    const page = await listWebhookDeliveries(actor, params.id, { limit: query.data.limit, after: position.after });
    return json({ items: page.items.map(deliveryResource), nextCursor: page.next && encodeCursor(page.next) });
  }),
);
