import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlanhatDouble, type PlanhatDouble } from '@/lib/testing/planhat-double/server';
import { checkPlanhatToken } from './check-planhat-token';
import { ALL_READABLE, accessByModel, uniqueToken } from './test-support';

let double: PlanhatDouble;
beforeAll(async () => {
  double = await startPlanhatDouble({ port: 0, tokens: [] });
});
afterAll(() => double.close());

const check = (token: string, region?: 'auto' | 'api' | 'api-eu') =>
  checkPlanhatToken({ apiAccessToken: token, region }, { urlTemplate: double.urlTemplate });

describe('checking a Planhat token', () => {
  it('verifies a full-access token and reports every model readable', async () => {
    const token = uniqueToken();
    const label = double.addToken({ token, label: `full-${token.slice(-6)}` });
    const result = await check(token);
    expect(result).toMatchObject({ status: 'verified', cluster: 'api', readableCount: 11, writeAccess: 'unverifiable' });
    expect(result.reason).toBeUndefined();
    expect(accessByModel(result)).toEqual(ALL_READABLE);
    expect(result.writeAccessNote).toContain('Planhat has no dry run, so write access cannot be verified without side effects');
    expect(Date.parse(result.checkedAt)).not.toBeNaN();

    const calls = double.requests().filter((entry) => entry.tokenLabel === label);
    expect(calls).toHaveLength(11);
    expect(calls.every((entry) => entry.cluster === 'api' && entry.query.limit === '1' && entry.query.select === '_id')).toBe(true);
  });

  it('reports models the token may not read as forbidden while still verifying the token', async () => {
    const token = uniqueToken();
    double.addToken({ token, readable: ['companies', 'endusers', 'nps'] });
    const result = await check(token);
    expect(result.status).toBe('verified');
    expect(result.readableCount).toBe(3);
    expect(accessByModel(result)).toEqual({
      companies: 'readable',
      endusers: 'readable',
      licenses: 'forbidden',
      nps: 'readable',
      conversations: 'forbidden',
      tickets: 'forbidden',
      tasks: 'forbidden',
      issues: 'forbidden',
      invoices: 'forbidden',
      opportunities: 'forbidden',
      churn: 'forbidden',
    });
    expect(result.models.licenses.reason).toBe('The service account has no read permission on this model (HTTP 403).');
  });

  it('verifies a token with no read access at all but says it can read nothing', async () => {
    const token = uniqueToken();
    double.addToken({ token, readable: [] });
    const result = await check(token);
    expect(result).toMatchObject({ status: 'verified', cluster: 'api', readableCount: 0 });
    expect(Object.values(accessByModel(result))).toEqual(Array(11).fill('forbidden'));
    expect(result.reason).toMatch(/cannot read any of the data models/);
  });

  it('counts a permitted model that returns an empty list as readable', async () => {
    const token = uniqueToken();
    double.addToken({ token, empty: ['churn', 'issues'] });
    const result = await check(token);
    expect(result.readableCount).toBe(11);
    expect(accessByModel(result)).toEqual(ALL_READABLE);
  });

  it('marks a model whose 200 answer is not a list as an error', async () => {
    const token = uniqueToken();
    double.addToken({ token, behaviour: 'non-array', behaviourModels: ['licenses'] });
    const result = await check(token);
    expect(result.status).toBe('verified');
    expect(result.models.licenses).toEqual({ access: 'error', reason: 'Planhat answered with something other than a list.' });
    expect(accessByModel(result)).toEqual({ ...ALL_READABLE, licenses: 'error' });
    expect(result.readableCount).toBe(10);
  });

  it('marks a model answering 5xx as an error with the status code, not the body', async () => {
    const token = uniqueToken();
    double.addToken({ token, behaviour: 'server-error', behaviourModels: ['invoices'] });
    const result = await check(token);
    expect(result.status).toBe('verified');
    expect(result.models.invoices).toEqual({ access: 'error', reason: 'Planhat answered with an error (HTTP 503).' });
    expect(accessByModel(result)).toEqual({ ...ALL_READABLE, invoices: 'error' });
  });

  it('marks a model answering a plain-text error as an error without repeating the text', async () => {
    const token = uniqueToken();
    double.addToken({ token, behaviour: 'text-error', behaviourModels: ['tickets'] });
    const result = await check(token);
    expect(result.models.tickets).toEqual({ access: 'error', reason: 'Planhat answered with an error (HTTP 500).' });
    expect(JSON.stringify(result)).not.toContain('Internal error while serving');
  });

  it('does not call a token verified when no answer was the list it asked for', async () => {
    const token = uniqueToken();
    double.addToken({ token, behaviour: 'non-array' });
    const result = await check(token);
    expect(result.status).toBe('unreachable');
    expect(result.cluster).toBeNull();
    expect(result.readableCount).toBe(0);
  });

  it('calls the token invalid when Planhat rejects it part-way through the check', async () => {
    const token = uniqueToken();
    double.addToken({ token });
    let answered = 0;
    const revokingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (++answered === 1) double.revoke(token);
      return response;
    };
    const result = await checkPlanhatToken(
      { apiAccessToken: token, region: 'api' },
      { urlTemplate: double.urlTemplate, fetch: revokingFetch, concurrency: 1 },
    );
    expect(result).toMatchObject({ status: 'invalid', cluster: 'api', reasonCode: 'token-rejected-midway', readableCount: 1 });
    expect(result.models.companies.access).toBe('readable');
    expect(result.models.churn).toEqual({ access: 'error', reason: 'Planhat rejected the token for this model (HTTP 401).' });
  });

  it('normalises a pasted "Bearer " prefix and surrounding whitespace before calling Planhat', async () => {
    const token = uniqueToken();
    double.addToken({ token });
    const result = await check(`  bearer ${token}\n`);
    expect(result.status).toBe('verified');
  });
});
