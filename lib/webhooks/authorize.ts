import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { WebhookRefusal } from './errors';
import { canManageWebhooks, WEBHOOK_MANAGERS_ONLY } from './webhook-rules';

export function authorizeWebhooks(actor: Actor) {
  if (!canManageWebhooks(actor)) throw new WebhookRefusal('forbidden', WEBHOOK_MANAGERS_ONLY);
}
