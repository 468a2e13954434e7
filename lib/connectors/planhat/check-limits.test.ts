import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlanhatDouble, tokenFingerprint, type PlanhatDouble } from '@/lib/testing/planhat-double/server';
import { checkPlanhatToken } from './check-planhat-token';
import { ALL_READABLE, accessByModel, uniqueToken } from './test-support';

let double: PlanhatDouble;
beforeAll(async () => {
  double = await startPlanhatDouble({ port: 0, tokens: [] });
});
afterAll(() => double.close());

const callsTo = (token: string, model: string) =>
  double.requests().filter((entry) => entry.tokenLabel === tokenFingerprint(token) && entry.model === model && entry.cluster === 'api');

describe('probing in parallel', () => {
  it('costs about one round trip, not eleven, when every response is slow', async () => {
    const token = uniqueToken();
    double.addToken({ token, latencyMs: 200 });
    const result = await checkPlanhatToken({ apiAccessToken: token }, { urlTemplate: double.urlTemplate });
    expect(result.readableCount).toBe(11);
    // All eleven probes reached Planhat before the first answer (200 ms later) could have come back:
    // one wave, whatever the machine's load. (bench:check measures the wall-clock time.)
    const arrivals = double.requests().filter((entry) => entry.tokenLabel === callsTo(token, 'companies')[0]?.tokenLabel).map((entry) => entry.receivedAt);
    expect(arrivals).toHaveLength(11);
    expect(Math.max(...arrivals) - Math.min(...arrivals)).toBeLessThan(200);
  });
});

describe('rate limits, timeouts and the deadline', () => {
  it('waits as long as Retry-After asks before retrying a throttled probe', async () => {
    const token = uniqueToken();
    double.addToken({ token, behaviour: 'rate-limit', behaviourModels: ['companies'], rateLimitFirst: 1, retryAfterSeconds: 1 });
    const result = await checkPlanhatToken({ apiAccessToken: token, region: 'api' }, { urlTemplate: double.urlTemplate });
    expect(result.status).toBe('verified');
    expect(accessByModel(result)).toEqual(ALL_READABLE);
    const [first, second, ...more] = callsTo(token, 'companies');
    expect(more).toHaveLength(0);
    expect(first?.status).toBe(429);
    expect(second?.status).toBe(200);
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('backs off and retries when a 429 carries no Retry-After', async () => {
    const token = uniqueToken();
    double.addToken({ token, behaviour: 'rate-limit-no-retry-after', behaviourModels: ['nps'], rateLimitFirst: 2 });
    const result = await checkPlanhatToken(
      { apiAccessToken: token, region: 'api' },
      { urlTemplate: double.urlTemplate, backoffBaseMs: 20 },
    );
    expect(result.models.nps.access).toBe('readable');
    expect(callsTo(token, 'nps').map((entry) => entry.status)).toEqual([429, 429, 200]);
  });

  it('reports a model still throttled after the retries as an error while the token stays verified', async () => {
    const token = uniqueToken();
    double.addToken({ token, behaviour: 'rate-limit', behaviourModels: ['tickets'], retryAfterSeconds: 0 });
    const result = await checkPlanhatToken({ apiAccessToken: token, region: 'api' }, { urlTemplate: double.urlTemplate, maxRetries: 2 });
    expect(result.status).toBe('verified');
    expect(result.models.tickets).toEqual({ access: 'error', reason: 'Planhat kept rate-limiting this request (HTTP 429). Try again in a minute.' });
    expect(callsTo(token, 'tickets')).toHaveLength(3);
  });

  it('says "rate-limited" when throttling stops the check from telling whether the token is valid', async () => {
    const token = uniqueToken();
    double.addToken({ token, behaviour: 'rate-limit', retryAfterSeconds: 0 });
    const result = await checkPlanhatToken({ apiAccessToken: token }, { urlTemplate: double.urlTemplate, maxRetries: 1 });
    expect(result).toMatchObject({ status: 'unreachable', reasonCode: 'rate-limited', cluster: null });
    expect(result.reason).toMatch(/limiting how many requests.*HTTP 429.*save it without verifying/);
  });

  it('gives up at once when Retry-After asks for longer than it is willing to wait', async () => {
    const token = uniqueToken();
    double.addToken({ token, behaviour: 'rate-limit', retryAfterSeconds: 120 });
    const started = Date.now();
    const result = await checkPlanhatToken({ apiAccessToken: token, region: 'api' }, { urlTemplate: double.urlTemplate, maxRetryWaitMs: 2_000 });
    expect(Date.now() - started).toBeLessThan(2_500); // far below the 3-120 s it would otherwise wait; loose for busy CI machines
    expect(result.reasonCode).toBe('rate-limited');
    expect(callsTo(token, 'companies')).toHaveLength(1);
  });

  it('marks a model that answers too slowly as an error and keeps the rest', async () => {
    const token = uniqueToken();
    double.addToken({ token, behaviour: 'slow', behaviourModels: ['nps'], slowMs: 5_000 });
    const result = await checkPlanhatToken({ apiAccessToken: token }, { urlTemplate: double.urlTemplate, requestTimeoutMs: 300 });
    expect(result).toMatchObject({ status: 'verified', cluster: 'api', readableCount: 10 });
    expect(result.models.nps).toEqual({ access: 'error', reason: 'Planhat did not answer within 0.3 seconds.' });
  });

  it('finishes by the overall deadline even when every probe stalls', async () => {
    const token = uniqueToken();
    double.addToken({ token, behaviour: 'slow', slowMs: 10_000 });
    const started = Date.now();
    const result = await checkPlanhatToken({ apiAccessToken: token }, { urlTemplate: double.urlTemplate, requestTimeoutMs: 8_000, deadlineMs: 400 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(380);
    expect(elapsed).toBeLessThan(2_500); // far below the 3-120 s it would otherwise wait; loose for busy CI machines
    expect(result).toMatchObject({ status: 'unreachable', reasonCode: 'timeout' });
  });

  it('reports models cut off by the deadline once the token was already accepted', async () => {
    const token = uniqueToken();
    double.addToken({ token, behaviour: 'slow', behaviourModels: ['tasks', 'churn'], slowMs: 10_000 });
    const result = await checkPlanhatToken({ apiAccessToken: token }, { urlTemplate: double.urlTemplate, deadlineMs: 500 });
    expect(result).toMatchObject({ status: 'verified', readableCount: 9 });
    expect(result.models.tasks).toEqual({ access: 'error', reason: 'Not checked: the check ran out of time.' });
  });

  it('retries a throttled probe no more than the deadline allows', async () => {
    const token = uniqueToken();
    double.addToken({ token, behaviour: 'rate-limit', retryAfterSeconds: 3 });
    const started = Date.now();
    const result = await checkPlanhatToken({ apiAccessToken: token, region: 'api' }, { urlTemplate: double.urlTemplate, deadlineMs: 500 });
    expect(Date.now() - started).toBeLessThan(2_500); // far below the 3-120 s it would otherwise wait; loose for busy CI machines
    expect(result.reasonCode).toBe('rate-limited');
  });
});
