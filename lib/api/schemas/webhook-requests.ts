// What /api/v1/webhooks accepts, built from the schemas the Settings form validates with
// (lib/webhooks/schemas). Unknown fields are refused, as for credentials.
import { z } from 'zod';
import { WEBHOOK_EVENT_TYPES } from '@/lib/webhooks/event-types';
import { newWebhookSchema, webhookDescriptionText, webhookEventsSchema, webhookUrlSchema } from '@/lib/webhooks/schemas';

const described = {
  url: webhookUrlSchema.meta({ description: 'Where events are POSTed: an https:// address that resolves to public addresses only (unless the server sets WEBHOOK_ALLOW_PRIVATE_NETWORKS).' }),
  events: webhookEventsSchema.meta({ description: `The event types to send, at least one: ${WEBHOOK_EVENT_TYPES.join(', ')}.` }),
};

export const newWebhookRequest = z.strictObject({ ...newWebhookSchema.shape, ...described });

export const webhookChangesRequest = z
  .strictObject({
    url: described.url.optional(),
    events: described.events.optional(),
    description: webhookDescriptionText.optional(),
    enabled: z.boolean().optional().meta({ description: 'false turns the endpoint off; true turns it back on and forgets its failures.' }),
  })
  .partial()
  .refine((changes) => Object.values(changes).some((value) => value !== undefined), { message: 'Send at least one of url, events, description or enabled.' });

const limit = (max: number, fallback: number) =>
  z.coerce.number({ error: `Use a whole number from 1 to ${max}.` }).int(`Use a whole number from 1 to ${max}.`).min(1, `Use a whole number from 1 to ${max}.`).max(max, `Use a whole number from 1 to ${max}.`).default(fallback);

const cursor = z.string().max(200).optional().meta({ description: '`nextCursor` of the previous page.' });

export const webhookListQuery = z.object({ limit: limit(100, 25).meta({ description: 'Endpoints per page, newest first.' }), cursor });
export const deliveryListQuery = z.object({ limit: limit(100, 25).meta({ description: 'Deliveries per page, newest first.' }), cursor });
