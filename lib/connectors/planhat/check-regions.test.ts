import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlanhatDouble, tokenFingerprint, type PlanhatDouble } from '@/lib/testing/planhat-double/server';
import { checkPlanhatToken, InvalidPlanhatFieldsError } from './check-planhat-token';
import { PLANHAT_CLUSTERS } from './regions';
import { ALL_READABLE, accessByModel, closedPortTemplate, uniqueToken } from './test-support';
import { buildPlanhatUrl } from './url';

let double: PlanhatDouble;
beforeAll(async () => {
  double = await startPlanhatDouble({ port: 0, tokens: [] });
});
afterAll(() => double.close());

const callsBy = (token: string) => double.requests().filter((entry) => entry.tokenLabel === tokenFingerprint(token));

describe('finding the region a token lives in', () => {
  it('auto-detects a token that lives on api-eu and probes every model there', async () => {
    const token = uniqueToken();
    double.addToken({ token, cluster: 'api-eu' });
    const result = await checkPlanhatToken({ apiAccessToken: token }, { urlTemplate: double.urlTemplate });
    expect(result).toMatchObject({ status: 'verified', cluster: 'api-eu', readableCount: 11 });
    expect(accessByModel(result)).toEqual(ALL_READABLE);

    const calls = callsBy(token);
    expect(calls.filter((entry) => entry.cluster === 'api-eu')).toHaveLength(11);
    // The other clusters get at most the one companies probe: the token is not sprayed everywhere.
    for (const cluster of ['api-eu2', 'api-eu3', 'api-us2', 'api-us4']) {
      expect(calls.filter((entry) => entry.cluster === cluster).every((entry) => entry.model === 'companies')).toBe(true);
      expect(calls.filter((entry) => entry.cluster === cluster).length).toBeLessThanOrEqual(1);
    }
  });

  it('only calls the chosen region when one is given', async () => {
    const token = uniqueToken();
    double.addToken({ token, cluster: 'api-eu' });
    const result = await checkPlanhatToken({ apiAccessToken: token, region: 'api-eu' }, { urlTemplate: double.urlTemplate });
    expect(result).toMatchObject({ status: 'verified', cluster: 'api-eu' });
    expect(new Set(callsBy(token).map((entry) => entry.cluster))).toEqual(new Set(['api-eu']));
  });

  it('calls a token invalid in a chosen region that rejects it, and suggests auto-detect', async () => {
    const token = uniqueToken();
    double.addToken({ token, cluster: 'api-eu' });
    const result = await checkPlanhatToken({ apiAccessToken: token, region: 'api' }, { urlTemplate: double.urlTemplate });
    expect(result).toMatchObject({ status: 'invalid', cluster: null, reasonCode: 'invalid-token', readableCount: 0 });
    expect(result.reason).toMatch(/in the US \(api\) region.*Auto-detect/);
    expect(result.models.companies).toEqual({ access: 'error', reason: 'Not checked: Planhat did not accept the token.' });
  });

  it('calls an unknown token invalid only after every region answered 401', async () => {
    const token = uniqueToken();
    const result = await checkPlanhatToken({ apiAccessToken: token }, { urlTemplate: double.urlTemplate });
    expect(result).toMatchObject({ status: 'invalid', reasonCode: 'invalid-token', cluster: null });
    expect(new Set(callsBy(token).map((entry) => entry.cluster))).toEqual(new Set(PLANHAT_CLUSTERS));
  });

  it('does not call a token invalid while one region could not be reached', async () => {
    const token = uniqueToken();
    const failingUs4: typeof fetch = async (input, init) => {
      if (String(input).includes('/api-us4/')) throw new TypeError('fetch failed');
      return fetch(input, init);
    };
    const result = await checkPlanhatToken({ apiAccessToken: token }, { urlTemplate: double.urlTemplate, fetch: failingUs4 });
    expect(result).toMatchObject({ status: 'unreachable', reasonCode: 'region-unknown', cluster: null });
    expect(result.reason).toMatch(/regions that answered did not accept this token, and the others could not be reached/);
  });

  it('reports Planhat unreachable when nothing answers', async () => {
    const result = await checkPlanhatToken({ apiAccessToken: uniqueToken() }, { urlTemplate: await closedPortTemplate() });
    expect(result).toMatchObject({ status: 'unreachable', reasonCode: 'unreachable', cluster: null, readableCount: 0 });
    expect(result.reason).toMatch(/^Could not connect to Planhat, so the token could not be checked\./);
    expect(result.models.tasks).toEqual({ access: 'error', reason: 'Not checked: Planhat could not be reached.' });
  });
});

describe('naming the cause when Planhat cannot answer', () => {
  it('calls a 5xx from Planhat an outage on its side, not a rejected token', async () => {
    const token = uniqueToken();
    double.addToken({ token, behaviour: 'server-error' });
    const result = await checkPlanhatToken({ apiAccessToken: token }, { urlTemplate: double.urlTemplate });
    expect(result).toMatchObject({ status: 'unreachable', reasonCode: 'planhat-error', cluster: null });
    expect(result.reason).toMatch(/server error.*Planhat’s side, not with your token/);
    expect(result.reason).not.toMatch(/did not accept/);
  });

  it('tells each probe’s answer as it arrives, region by region', async () => {
    const token = uniqueToken();
    double.addToken({ token, cluster: 'api-eu', readable: ['companies', 'nps'] });
    const events: { cluster: string; model: string; answer: string }[] = [];
    const result = await checkPlanhatToken({ apiAccessToken: token }, { urlTemplate: double.urlTemplate, onProbe: (event) => events.push(event) });
    expect(result.cluster).toBe('api-eu');
    expect(events.filter((event) => event.cluster === 'api').map((event) => event.answer)).toEqual(Array(11).fill('rejected'));
    const eu = events.filter((event) => event.cluster === 'api-eu');
    expect(eu).toHaveLength(11);
    expect(eu.filter((event) => event.answer === 'readable').map((event) => event.model).sort()).toEqual(['companies', 'nps']);
    expect(eu.filter((event) => event.answer === 'forbidden')).toHaveLength(9);
  });
});

describe('keeping the host out of the user’s hands', () => {
  it.each(['evil.com', '../', 'api.evil.com', 'api/../../x', 'API', ''])('rejects the region %j before any request is made', async (region) => {
    let calls = 0;
    const countingFetch: typeof fetch = async () => {
      calls++;
      return new Response('[]');
    };
    await expect(
      checkPlanhatToken({ apiAccessToken: uniqueToken(), region: region as 'api' }, { urlTemplate: double.urlTemplate, fetch: countingFetch }),
    ).rejects.toBeInstanceOf(InvalidPlanhatFieldsError);
    expect(calls).toBe(0);
  });

  it('does not follow a redirect, so the token never reaches another host', async () => {
    const elsewhere: string[] = [];
    const attacker = http.createServer((req, res) => {
      elsewhere.push(req.url ?? '');
      res.end('[]');
    });
    const redirector = http.createServer((req, res) => {
      const { port } = attacker.address() as AddressInfo;
      res.writeHead(302, { location: `http://127.0.0.1:${port}${req.url ?? '/'}` }).end();
    });
    await Promise.all([attacker, redirector].map((server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))));
    try {
      const { port } = redirector.address() as AddressInfo;
      const result = await checkPlanhatToken({ apiAccessToken: uniqueToken(), region: 'api' }, { urlTemplate: `http://127.0.0.1:${port}/{cluster}` });
      expect(result).toMatchObject({ status: 'unreachable', cluster: null });
      expect(elsewhere).toEqual([]);
    } finally {
      await Promise.all([attacker, redirector].map((server) => new Promise((resolve) => server.close(resolve))));
    }
  });

  it('refuses to build a URL for a cluster outside the allow-list', () => {
    expect(() => buildPlanhatUrl('https://{cluster}.planhat.com', 'evil.com/x' as 'api', '/companies')).toThrow(/unknown region/);
    expect(() => buildPlanhatUrl('https://{cluster}.planhat.com', 'api', '/../admin')).toThrow(/unexpected path/);
  });

  it('builds URLs from the server template for every allowed cluster', () => {
    expect(buildPlanhatUrl('https://{cluster}.planhat.com', 'api-eu3', '/churn', { limit: 1, select: '_id' }).href).toBe(
      'https://api-eu3.planhat.com/churn?limit=1&select=_id',
    );
    expect(buildPlanhatUrl('http://127.0.0.1:4010/{cluster}/', 'api', '/companies').href).toBe('http://127.0.0.1:4010/api/companies');
  });
});
