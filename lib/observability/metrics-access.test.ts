import { describe, expect, it } from 'vitest';
import { metricsAccess } from './metrics-access';

const scrape = (authorization?: string) => new Request('http://app/api/metrics', { headers: authorization ? { authorization } : {} });
const TOKEN = 'metrics-token-0123456789';

describe('who may scrape /api/metrics', () => {
  it('asks for the bearer token when METRICS_TOKEN is set, and takes only that one', () => {
    const env = { NODE_ENV: 'production', METRICS_TOKEN: TOKEN };
    expect(metricsAccess(scrape(`Bearer ${TOKEN}`), env)).toEqual({ ok: true });
    expect(metricsAccess(scrape(), env)).toMatchObject({ ok: false, status: 401 });
    expect(metricsAccess(scrape(`Bearer ${TOKEN}x`), env)).toMatchObject({ ok: false, status: 401 });
  });

  it('refuses in production without a token unless METRICS_PUBLIC=true; outside production it is open', () => {
    expect(metricsAccess(scrape(), { NODE_ENV: 'production' })).toMatchObject({ ok: false, status: 403, detail: expect.stringMatching(/METRICS_TOKEN/) });
    expect(metricsAccess(scrape(), { NODE_ENV: 'production', METRICS_PUBLIC: 'true' })).toEqual({ ok: true });
    expect(metricsAccess(scrape(), { NODE_ENV: 'development' })).toEqual({ ok: true });
  });

  it('answers 404 when metrics are turned off', () => {
    expect(metricsAccess(scrape(), { METRICS_ENABLED: 'false' })).toMatchObject({ ok: false, status: 404 });
  });
});
