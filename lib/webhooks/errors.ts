/** Expected refusals of the webhooks service; their messages are safe to show to the person. */
export type WebhookRefusalCode = 'not-found' | 'forbidden' | 'invalid';

export type WebhookField = 'url' | 'events' | 'description';

export class WebhookRefusal extends Error {
  override name = 'WebhookRefusal';
  constructor(
    readonly code: WebhookRefusalCode,
    message: string,
    /** With `invalid`: the field the refusal is about. */
    readonly field?: WebhookField,
  ) {
    super(message);
  }
}

// One answer for "absent" and "in another workspace": the response reveals nothing.
export const endpointNotFound = () => new WebhookRefusal('not-found', 'This webhook endpoint does not exist or you do not have access to it.');
