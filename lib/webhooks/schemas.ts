// Client-safe: the Add endpoint form validates with these, the server action and the API again.
// Whether a URL may be used (https only, a public address) is decided on the server at save time,
// where DNS is (lib/webhooks/address-guard.ts).
import { z } from 'zod';
import { storableText } from '@/lib/text/text-schemas';
import { WEBHOOK_EVENT_TYPES } from './event-types';

// zod would otherwise probe for eval (new Function), which the Content-Security-Policy forbids.
z.config({ jitless: true });

const URL_HELP = 'Enter the full address that will receive the events, starting with https://, e.g. https://hooks.example.com/planhat.';

export const webhookUrlSchema = storableText(z.string({ error: URL_HELP }))
  .trim()
  .min(1, URL_HELP)
  .max(2000, 'Use an address of at most 2,000 characters.')
  .refine((url) => URL.canParse(url) && /^https?:$/.test(new URL(url).protocol), URL_HELP)
  .refine((url) => !URL.canParse(url) || (new URL(url).username === '' && new URL(url).password === ''), 'Leave the user name and password out of the address: every delivery is signed instead.');

export const webhookEventsSchema = z
  .array(z.enum(WEBHOOK_EVENT_TYPES, { error: `Use one of: ${WEBHOOK_EVENT_TYPES.join(', ')}.` }), { error: 'Choose at least one event.' })
  .min(1, 'Choose at least one event.')
  .max(WEBHOOK_EVENT_TYPES.length)
  .transform((events) => [...new Set(events)]);

export const webhookDescriptionText = storableText().trim().max(500, 'Use at most 500 characters for the description.');

export const webhookDescriptionSchema = webhookDescriptionText.optional().transform((value) => value ?? '');

export const newWebhookSchema = z.object({
  url: webhookUrlSchema,
  events: webhookEventsSchema,
  description: webhookDescriptionSchema,
});

export type NewWebhook = z.output<typeof newWebhookSchema>;
