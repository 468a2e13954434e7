import { apiRoute, json } from '@/lib/api/api-route';
import { webhookResource } from '@/lib/api/schemas/webhook-resources';
import { answeringRefusals } from '@/lib/api/webhooks/webhook-problems';
import { rotateWebhookSecret } from '@/lib/webhooks/manage-endpoints';

/** The new secret is in this answer only; the old one stops signing at once. */
export const POST = apiRoute<{ id: string }>('Rotating a webhook secret', ({ actor, params }) =>
  answeringRefusals(async () => {
    const { endpoint, secret } = await rotateWebhookSecret(actor, params.id);
    return json({ ...webhookResource(endpoint), secret });
  }),
);
