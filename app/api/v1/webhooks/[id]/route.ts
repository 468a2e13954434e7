import { apiRoute, json } from '@/lib/api/api-route';
import { parseJsonBody } from '@/lib/api/request-input';
import { webhookChangesRequest } from '@/lib/api/schemas/webhook-requests';
import { webhookResource } from '@/lib/api/schemas/webhook-resources';
import { answeringRefusals } from '@/lib/api/webhooks/webhook-problems';
import { getWebhookEndpoint } from '@/lib/webhooks/list-endpoints';
import { deleteWebhookEndpoint, updateWebhookEndpoint } from '@/lib/webhooks/manage-endpoints';

type Params = { id: string };

export const GET = apiRoute<Params>('Reading a webhook endpoint', ({ actor, params }) =>
  answeringRefusals(async () => json(webhookResource(await getWebhookEndpoint(actor, params.id)))),
);

/** Fields left out keep their value; a new URL is checked like on creation. */
export const PATCH = apiRoute<Params>('Changing a webhook endpoint', ({ request, actor, params }) =>
  answeringRefusals(async () => {
    const body = await parseJsonBody(request, webhookChangesRequest);
    if (!body.ok) return body.response;
    return json(webhookResource(await updateWebhookEndpoint(actor, params.id, body.data)));
  }),
);

export const DELETE = apiRoute<Params>('Deleting a webhook endpoint', ({ actor, params }) =>
  answeringRefusals(async () => {
    await deleteWebhookEndpoint(actor, params.id);
    return new Response(null, { status: 204 });
  }),
);
