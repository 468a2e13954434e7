import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { WebhookEventType } from './event-types';

/** An endpoint as the Settings page and the API show it: never its secret, sealed or not. */
export interface WebhookEndpointDto {
  id: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  enabled: boolean;
  disabledReason: string | null;
  failingSince: string | null;
  createdAt: string;
  updatedAt: string;
  lastDelivery: { eventType: string; state: string; httpStatus: number | null; at: string } | null;
}

export const endpointDtoSelect = {
  id: true,
  url: true,
  description: true,
  events: true,
  enabled: true,
  disabledReason: true,
  failingSince: true,
  createdAt: true,
  updatedAt: true,
  deliveries: {
    select: { eventType: true, state: true, lastStatus: true, lastAttemptAt: true, createdAt: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 1,
  },
} satisfies Prisma.WebhookEndpointSelect;

type EndpointRow = Prisma.WebhookEndpointGetPayload<{ select: typeof endpointDtoSelect }>;

export function toEndpointDto(row: EndpointRow): WebhookEndpointDto {
  const last = row.deliveries[0];
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events as WebhookEventType[],
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    failingSince: row.failingSince?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastDelivery: last ? { eventType: last.eventType, state: last.state, httpStatus: last.lastStatus, at: (last.lastAttemptAt ?? last.createdAt).toISOString() } : null,
  };
}
