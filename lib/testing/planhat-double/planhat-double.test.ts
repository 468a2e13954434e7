import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPANY_COUNT } from './data';
import { startPlanhatDouble, tokenFingerprint, type PlanhatDouble } from './server';

let double: PlanhatDouble;
const token = 'double-test-token-full-access-001';
const limited = 'double-test-token-limited-000002';
const euToken = 'double-test-token-eu-000000000003';

beforeAll(async () => {
  double = await startPlanhatDouble({
    port: 0,
    tokens: [
      { token, label: 'full' },
      { token: limited, readable: ['companies'], empty: ['companies'] },
      { token: euToken, cluster: 'api-eu' },
    ],
  });
});
afterAll(() => double.close());

async function get(path: string, bearer: string | null = token) {
  const response = await fetch(`${double.url}${path}`, { headers: bearer ? { Authorization: `Bearer ${bearer}` } : {} });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // plain-text bodies stay text
  }
  return { status: response.status, body: body as Array<Record<string, unknown>> };
}

const control = (method: string, path: string, body?: unknown) =>
  fetch(`${double.url}/__control${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });

describe('the Planhat double', () => {
  it('serves bare arrays paged by limit and offset', async () => {
    const first = await get('/api/companies?limit=20');
    const last = await get('/api/companies?limit=20&offset=40');
    expect(first.status).toBe(200);
    expect(Array.isArray(first.body)).toBe(true);
    expect(first.body).toHaveLength(20);
    expect(last.body).toHaveLength(COMPANY_COUNT - 40);
    expect(first.body.map((c) => c._id)).not.toContain(last.body[0]?._id);
  });

  it('defaults to 100 records per page and caps the page size', async () => {
    const endusers = await get('/api/endusers');
    expect(endusers.body).toHaveLength(100);
    const all = await get('/api/endusers?limit=5000');
    expect(all.body.length).toBeGreaterThan(100);
    expect(all.body.length).toBeLessThanOrEqual(2000);
  });

  it('honours select and always includes _id', async () => {
    const { body } = await get('/api/endusers?limit=3&select=email,companyId');
    for (const record of body) {
      expect(Object.keys(record).sort()).toEqual(['_id', 'companyId', 'email']);
      expect(record._id).toMatch(/^[0-9a-f]{24}$/);
      expect(record.email).toMatch(/^[a-z.0-9]+@[a-z.]+$/);
    }
  });

  it('sorts ascending and descending', async () => {
    const ascending = (await get('/api/companies?limit=100&sort=name&select=name')).body.map((c) => c.name as string);
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));
    const descending = (await get('/api/invoices?limit=100&sort=-amountTotal')).body.map((i) => i.amountTotal as number);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
  });

  it('serves the same realistic records on every start, with references that resolve', async () => {
    const other = await startPlanhatDouble({ port: 0, tokens: [{ token }] });
    try {
      const here = await get('/api/companies?limit=100');
      const there = await (await fetch(`${other.url}/api/companies?limit=100`, { headers: { Authorization: `Bearer ${token}` } })).json();
      expect(there).toEqual(here.body);
    } finally {
      await other.close();
    }
    const companyIds = new Set((await get('/api/companies?limit=100')).body.map((c) => c._id));
    const endusers = (await get('/api/endusers?limit=2000')).body;
    expect(endusers.every((user) => companyIds.has(user.companyId))).toBe(true);
    for (const model of ['licenses', 'nps', 'conversations', 'tickets', 'tasks', 'issues', 'invoices', 'opportunities', 'churn']) {
      const { status, body } = await get(`/api/${model}?limit=5`);
      expect(status, model).toBe(200);
      expect(body.length, model).toBeGreaterThan(0);
    }
  });

  it('answers 401 to unknown, missing and wrong-cluster tokens', async () => {
    expect((await get('/api/companies', 'not-a-known-token-0000')).status).toBe(401);
    expect((await get('/api/companies', null)).status).toBe(401);
    expect((await get('/api/companies', euToken)).status).toBe(401);
    expect((await get('/api-eu/companies?limit=1', euToken)).status).toBe(200);
  });

  it('answers 403 to models a token may not read, and [] to permitted empty ones', async () => {
    expect((await get('/api/endusers', limited)).status).toBe(403);
    expect(await get('/api/companies', limited)).toEqual({ status: 200, body: [] });
  });

  it('answers 404 to unknown clusters and paths', async () => {
    expect((await get('/evil/companies')).status).toBe(404);
    expect((await get('/api/users')).status).toBe(404);
  });

  it('adds, revokes and logs tokens through the control API without logging the token', async () => {
    const added = 'double-test-token-added-00000004';
    const created = await control('POST', '/tokens', { token: added, cluster: 'api-us2', readable: ['tasks'] });
    expect(created.status).toBe(201);
    await control('DELETE', '/requests');
    expect((await get('/api-us2/tasks?limit=1', added)).status).toBe(200);
    expect((await get('/api-us2/tickets?limit=1', added)).status).toBe(403);
    expect((await control('DELETE', `/tokens/${added}`)).status).toBe(204);
    expect((await get('/api-us2/tasks?limit=1', added)).status).toBe(401);

    const log = (await (await control('GET', '/requests')).json()) as Array<Record<string, unknown>>;
    expect(log.map((entry) => [entry.cluster, entry.model, entry.status])).toEqual([
      ['api-us2', 'tasks', 200],
      ['api-us2', 'tickets', 403],
      ['api-us2', 'tasks', 401],
    ]);
    expect(log.every((entry) => entry.tokenLabel === tokenFingerprint(added))).toBe(true);
    expect(JSON.stringify(log)).not.toContain(added);
  });

  it('rejects malformed scenarios with a reason', async () => {
    const response = await control('POST', '/tokens', { token: 'double-test-token-bad-000000005', cluster: 'evil.com' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ message: 'scenario: unknown cluster' });
  });

  it('delays every API response by the global latency', async () => {
    expect((await control('PUT', '/latency', { latencyMs: 150 })).status).toBe(204);
    try {
      const started = Date.now();
      await get('/api/companies?limit=1');
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    } finally {
      double.setLatency(0);
    }
  });

  it('throttles the first N requests with and without Retry-After', async () => {
    double.addToken({ token: 'double-test-token-throttle-0000006', behaviour: 'rate-limit', rateLimitFirst: 1, retryAfterSeconds: 2 });
    const throttled = await fetch(`${double.url}/api/companies`, { headers: { Authorization: 'Bearer double-test-token-throttle-0000006' } });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('2');
    expect((await get('/api/companies?limit=1', 'double-test-token-throttle-0000006')).status).toBe(200);

    double.addToken({ token: 'double-test-token-throttle-0000007', behaviour: 'rate-limit-no-retry-after' });
    const bare = await fetch(`${double.url}/api/companies`, { headers: { Authorization: 'Bearer double-test-token-throttle-0000007' } });
    expect(bare.status).toBe(429);
    expect(bare.headers.get('retry-after')).toBeNull();
  });

  it('misbehaves on request: 5xx, plain-text errors and non-array bodies', async () => {
    double.addToken({ token: 'double-test-token-misbehave-00008', behaviour: 'server-error', behaviourModels: ['nps'] });
    double.addToken({ token: 'double-test-token-misbehave-00009', behaviour: 'text-error' });
    double.addToken({ token: 'double-test-token-misbehave-00010', behaviour: 'non-array' });
    expect((await get('/api/nps', 'double-test-token-misbehave-00008')).status).toBe(503);
    expect((await get('/api/companies?limit=1', 'double-test-token-misbehave-00008')).status).toBe(200);
    const textError = await get('/api/companies', 'double-test-token-misbehave-00009');
    expect(textError.status).toBe(500);
    expect(typeof textError.body).toBe('string');
    const nonArray = await get('/api/companies?limit=2', 'double-test-token-misbehave-00010');
    expect(nonArray.status).toBe(200);
    expect(Array.isArray(nonArray.body)).toBe(false);
  });
});
