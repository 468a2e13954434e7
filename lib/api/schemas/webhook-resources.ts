// What /api/v1/webhooks returns. The signing secret appears in exactly two answers: creation and
// rotation (webhookWithSecretSchema); nothing else has a place for it.
import { z } from 'zod';
import type { DeliveryDto } from '@/lib/webhooks/list-deliveries';
import type { WebhookEndpointDto } from '@/lib/webhooks/endpoint-dto';
import { WEBHOOK_EVENT_TYPES } from '@/lib/webhooks/event-types';

const isoTime = z.iso.datetime({ offset: true });
const nextCursor = z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' });

export const webhookSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  enabled: z.boolean(),
  disabledReason: z.string().nullable().meta({ description: 'Why the endpoint is off: turned off by someone, or after 24 hours of failed deliveries.' }),
  failingSince: isoTime.nullable().meta({ description: 'The first failed attempt since the last delivered one; null while deliveries succeed.' }),
  createdAt: isoTime,
  updatedAt: isoTime,
  lastDelivery: z
    .object({ eventType: z.string(), state: z.enum(['pending', 'delivered', 'failed', 'cancelled']), httpStatus: z.int().nullable(), at: isoTime })
    .nullable(),
});

export const webhookWithSecretSchema = webhookSchema.extend({
  secret: z.string().meta({ description: 'The signing secret (whsec_...). Shown in this answer only: store it now.', examples: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'] }),
});

export const webhookPageSchema = z.object({ items: z.array(webhookSchema), nextCursor });

export const deliverySchema = z.object({
  id: z.uuid(),
  messageId: z.string().meta({ description: 'The webhook-id header: the same for every attempt.' }),
  eventType: z.string(),
  state: z.enum(['pending', 'delivered', 'failed', 'cancelled']).meta({ description: '`pending`: not delivered yet, retried with backoff for at least 24 hours. `cancelled`: the endpoint was turned off.' }),
  createdAt: isoTime,
  deliveredAt: isoTime.nullable(),
  attempts: z.array(
    z.object({
      at: isoTime,
      httpStatus: z.int().nullable().meta({ description: 'null when no answer came.' }),
      durationMs: z.int().min(0),
      error: z.string().nullable(),
    }),
  ),
});

export const deliveryPageSchema = z.object({ items: z.array(deliverySchema), nextCursor });

export const testEventSchema = z.object({
  deliveryId: z.uuid().meta({ description: 'Follow it in GET /webhooks/{id}/deliveries.' }),
  messageId: z.string(),
});

type DeliveryState = z.output<typeof deliverySchema>['state'];

export const webhookResource = (dto: WebhookEndpointDto): z.output<typeof webhookSchema> => ({
  ...dto,
  lastDelivery: dto.lastDelivery && { ...dto.lastDelivery, state: dto.lastDelivery.state as DeliveryState },
});
export const deliveryResource = (dto: DeliveryDto): z.output<typeof deliverySchema> => ({ ...dto, state: dto.state as DeliveryState });
