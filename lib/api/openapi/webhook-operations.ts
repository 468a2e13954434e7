import 'server-only';
import type { ProblemType } from '../problem';
import { deliveryListQuery, newWebhookRequest, webhookChangesRequest, webhookListQuery } from '../schemas/webhook-requests';
import { deliveryPageSchema, testEventSchema, webhookPageSchema, webhookSchema, webhookWithSecretSchema } from '../schemas/webhook-resources';
import type { Operation } from './operation';

const bodyProblems: ProblemType[] = ['invalid-request', 'unsupported-media-type', 'payload-too-large'];
const managersOnly: ProblemType[] = ['forbidden'];
const onEndpoint: ProblemType[] = ['not-found', 'forbidden'];

const SIGNING =
  'Deliveries follow Standard Webhooks: a JSON body `{ type, timestamp, data }`, and headers `webhook-id` (the same for every attempt), ' +
  '`webhook-timestamp` (unix seconds) and `webhook-signature` (`v1,<base64 HMAC-SHA256 of "id.timestamp.body">` keyed by the base64 part of the `whsec_` secret). ' +
  'A 2xx answer within 10 s counts as delivered; anything else is retried with exponential backoff for at least 24 hours, and an endpoint failing for 24 hours is turned off. ' +
  'Only workspace owners and admins may use these operations.';

/** The /webhooks operations (owners and admins only), listed with the rest in ./operations.ts. */
export const webhookOperations: Operation[] = [
  {
    method: 'get', path: '/webhooks', operationId: 'listWebhooks', summary: 'List webhook endpoints', description: SIGNING,
    query: webhookListQuery, success: { status: 200, description: 'A page of endpoints, newest first.', schema: webhookPageSchema }, problems: ['invalid-request', ...managersOnly],
  },
  {
    method: 'post', path: '/webhooks', operationId: 'createWebhook', summary: 'Register a webhook endpoint',
    description: 'Checks the URL (https://, public addresses only) and saves the endpoint. The answer holds the signing secret, shown this once.',
    body: newWebhookRequest, success: { status: 201, description: 'Registered; store `secret` now.', schema: webhookWithSecretSchema, location: true },
    problems: [...bodyProblems, ...managersOnly],
  },
  {
    method: 'get', path: '/webhooks/{id}', operationId: 'getWebhook', summary: 'Read a webhook endpoint',
    success: { status: 200, description: 'The endpoint (never its secret).', schema: webhookSchema }, problems: onEndpoint,
  },
  {
    method: 'patch', path: '/webhooks/{id}', operationId: 'updateWebhook', summary: 'Change a webhook endpoint',
    description: 'Changes the URL, events, description or whether it is on. Turning it back on forgets its failures.',
    body: webhookChangesRequest, success: { status: 200, description: 'Changed.', schema: webhookSchema }, problems: [...bodyProblems, ...onEndpoint],
  },
  {
    method: 'delete', path: '/webhooks/{id}', operationId: 'deleteWebhook', summary: 'Delete a webhook endpoint',
    description: 'Deletes the endpoint and its delivery log; deliveries still queued are dropped.', success: { status: 204, description: 'Deleted.' }, problems: onEndpoint,
  },
  {
    method: 'post', path: '/webhooks/{id}/rotate-secret', operationId: 'rotateWebhookSecret', summary: 'Rotate the signing secret',
    description: 'Replaces the secret at once: every later attempt is signed with the new one. The answer holds it, shown this once.',
    success: { status: 200, description: 'The endpoint and its new secret.', schema: webhookWithSecretSchema }, problems: onEndpoint,
  },
  {
    method: 'get', path: '/webhooks/{id}/deliveries', operationId: 'listWebhookDeliveries', summary: 'Read the delivery log',
    description: 'Every message sent to the endpoint, newest first, with each attempt’s time, HTTP status, duration and error.',
    query: deliveryListQuery, success: { status: 200, description: 'A page of deliveries.', schema: deliveryPageSchema }, problems: [...onEndpoint, 'invalid-request'],
  },
  {
    method: 'post', path: '/webhooks/{id}/test', operationId: 'sendWebhookTestEvent', summary: 'Send a test event',
    description: 'Queues a `test` event now, through the same queue, signing and retries as alerts (also to an endpoint that is turned off, to try it first).',
    success: { status: 202, description: 'Queued.', schema: testEventSchema }, problems: onEndpoint,
  },
];
