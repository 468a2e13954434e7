import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { webhookHeaders } from './sign';
import { generateSigningSecret } from './signing-secret';

describe('Standard Webhooks signing', () => {
  it('signs so that the standardwebhooks library verifies the body with the same secret', () => {
    const secret = generateSigningSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const body = JSON.stringify({ type: 'credential.invalid', timestamp: new Date().toISOString(), data: { credential: { id: 'c1', name: 'Prod' } } });
    const headers = webhookHeaders(secret, { id: 'msg_1', sentAt: new Date(), body });

    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('matches the library’s own signature for the same id, time and body', () => {
    const secret = generateSigningSecret();
    const sentAt = new Date('2026-12-04T10:00:00Z');
    expect(webhookHeaders(secret, { id: 'msg_2', sentAt, body: '{"a":1}' })['webhook-signature']).toBe(new Webhook(secret).sign('msg_2', sentAt, '{"a":1}'));
  });

  it('does not verify with another secret, or when the body was changed', () => {
    const secret = generateSigningSecret();
    const body = '{"type":"test"}';
    const headers = webhookHeaders(secret, { id: 'msg_3', sentAt: new Date(), body });
    expect(() => new Webhook(generateSigningSecret()).verify(body, headers)).toThrow(WebhookVerificationError);
    expect(() => new Webhook(secret).verify('{"type":"tset"}', headers)).toThrow(WebhookVerificationError);
  });
});
