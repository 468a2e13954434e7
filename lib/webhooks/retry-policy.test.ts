import { describe, expect, it } from 'vitest';
import { FAILING_FOR_MS_BEFORE_DISABLING, shortestRetryWindowSeconds, WEBHOOK_RETRY_POLICY } from './retry-policy';

describe('the webhook retry schedule', () => {
  it('keeps trying for at least 24 hours however the jitter falls, backing off to at most an hour between attempts', () => {
    const window = shortestRetryWindowSeconds(WEBHOOK_RETRY_POLICY);
    expect(window).toBeGreaterThanOrEqual(24 * 3600);
    expect(window).toBe(30 + 60 + 120 + 240 + 480 + 960 + 1920 + 23 * 3600);
    expect(WEBHOOK_RETRY_POLICY.retryDelayMax).toBe(3600);
  });

  it('gives up on a delivery no earlier than the endpoint is turned off for failing', () => {
    expect(shortestRetryWindowSeconds(WEBHOOK_RETRY_POLICY) * 1000).toBeGreaterThanOrEqual(FAILING_FOR_MS_BEFORE_DISABLING);
  });
});
