import { createHmac } from 'node:crypto';
import { signingKeyOf } from './signing-secret';

export interface SignedMessage {
  /** webhook-id: the same for every attempt of a message, so receivers can drop duplicates. */
  id: string;
  /** The moment of this attempt. */
  sentAt: Date;
  body: string;
}

/** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, as Standard Webhooks defines it. */
export function signatureOf(secret: string, id: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', signingKeyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** The three Standard Webhooks headers of one attempt. */
export function webhookHeaders(secret: string, { id, sentAt, body }: SignedMessage): Record<string, string> {
  const timestamp = Math.floor(sentAt.getTime() / 1000);
  return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signatureOf(secret, id, timestamp, body) };
}
