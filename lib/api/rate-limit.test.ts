import { defaultKeyHasher } from '@better-auth/api-key';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/credentials/route';
import { createTestActor } from '@/lib/testing/service-test-env';
import { hashApiKey } from './api-key-use';
import { problemSchema } from './openapi/components';
import { apiKeyFor, apiRequest, noParams, startApiTestEnv, type ApiTestEnv } from './testing';

const LIMIT = 3;
let env: ApiTestEnv;

beforeAll(async () => {
  // Read once per process by getEnv(), so it must be set before the test environment starts.
  process.env.API_RATE_LIMIT_PER_MINUTE = String(LIMIT);
  env = await startApiTestEnv();
});
afterAll(async () => {
  await env?.close();
});

const list = (key: string) => GET(apiRequest('/credentials', { key }), noParams);

it('answers 429 with Retry-After once a key has used its requests, counting each key on its own', async () => {
  const owner = await createTestActor(env.db);
  const key = await apiKeyFor(owner);
  for (let i = 0; i < LIMIT; i++) expect((await list(key)).status).toBe(200);

  const limited = await list(key);

  expect(limited.status).toBe(429);
  expect(limited.headers.get('content-type')).toBe('application/problem+json');
  const retryAfter = Number(limited.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(problemSchema.parse(await limited.json())).toMatchObject({ status: 429, type: '/api/v1/problems/rate-limited', detail: expect.stringContaining(`${retryAfter} seconds`) });
  expect((await list(await apiKeyFor(owner))).status).toBe(200);
});

it('counts a fixed one-minute window from the first request, however steadily the key is used', async () => {
  const key = await apiKeyFor(await createTestActor(env.db));
  expect((await list(key)).status).toBe(200);
  const row = { key: hashApiKey(key) };
  // The window opened 50 s ago and the key used its requests since: 10 s are left, whatever came last.
  await env.db.apikey.update({ where: row, data: { rateLimitWindowStart: new Date(Date.now() - 50_000), requestCount: LIMIT } });
  const limited = await list(key);
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(11);

  // Once the minute is over, the key starts a new window with its full allowance.
  await env.db.apikey.update({ where: row, data: { rateLimitWindowStart: new Date(Date.now() - 61_000) } });
  for (let i = 0; i < LIMIT; i++) expect((await list(key)).status).toBe(200);
  expect((await list(key)).status).toBe(429);
});

it('hashes keys exactly as the API key plugin stores them', async () => {
  const key = await apiKeyFor(await createTestActor(env.db));
  expect(hashApiKey(key)).toBe(await defaultKeyHasher(key));
  expect(await env.db.apikey.count({ where: { key: hashApiKey(key) } })).toBe(1);
});
