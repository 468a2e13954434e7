import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { GET as HEALTH } from '@/app/api/health/route';
import { GET as LIST, POST as CREATE } from '@/app/api/v1/credentials/route';
import { captureLogs } from '@/lib/testing/capture-logs';
import { createTestActor } from '@/lib/testing/service-test-env';
import type { TcpProxy } from '@/lib/testing/tcp-proxy';
import { apiKeyFor, apiRequest, expectProblem, noParams, startApiTestEnv, type ApiTestEnv } from './testing';

// The app reaches Postgres through a proxy that takes it down, cuts or freezes it. PGlite runs
// inside the app's own process and cannot fail apart from it, so this runs on Postgres only.
describe.runIf(Boolean(process.env.DATABASE_URL))('when the database fails', () => {
  let env: ApiTestEnv;
  let proxy: TcpProxy;
  let key: string;
  beforeAll(async () => {
    process.env.DB_STATEMENT_TIMEOUT = '1s';
    env = await startApiTestEnv({ throughProxy: true });
    proxy = env.proxy!;
    key = await apiKeyFor(await createTestActor(env.db));
  });
  afterAll(async () => {
    await env?.close();
  });
  afterEach(async () => {
    proxy.resume();
    await proxy.up();
    vi.restoreAllMocks();
  });

  const list = () => LIST(apiRequest('/credentials', { key }), noParams);
  const create = (name: string, token = `phtest_${randomBytes(16).toString('hex')}`) =>
    CREATE(apiRequest('/credentials', { method: 'POST', key, body: { name, apiAccessToken: token, verify: false } }), noParams);
  const errorLog = () => {
    const logs = captureLogs();
    onTestFinished(logs.restore);
    return () => logs.lines.filter((line) => line.level === 'error').map((line) => line.msg).join('\n');
  };

  it('answers 503 database-unavailable with Retry-After while it is down, says nothing was changed, and logs why', async () => {
    expect((await list()).status).toBe(200);
    const logged = errorLog();
    await proxy.down();

    for (const response of [await list(), await create('While the database is down')]) {
      const problem = await expectProblem(response, 503, 'database-unavailable');
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(problem.detail).toMatch(/Nothing was changed/);
    }
    expect(logged()).toMatch(/database is unavailable \(ECONNREFUSED\)/);
    expect(logged()).not.toMatch(/failed unexpectedly/);

    await proxy.up();
    expect((await list()).status).toBe(200);
  });

  it('says the outcome is unknown, and how to check, when the connection is lost after a save was sent; the save did happen', async () => {
    const name = `Saved, answer lost ${randomBytes(3).toString('hex')}`;
    const token = `phtest_${randomBytes(16).toString('hex')}`;
    const logged = errorLog();
    proxy.cutAfterSending('credential_insert_unless_clash');

    const response = await create(name, token);
    const text = await response.clone().text();
    const problem = await expectProblem(response, 503, 'database-unavailable');

    expect(problem).toMatchObject({ outcome: 'unknown' });
    expect(problem.detail).toMatch(/cannot tell whether/);
    expect(problem.detail).toMatch(/GET \/api\/v1\/credentials/);
    expect(problem.detail).not.toMatch(/Nothing was changed/);
    expect(logged()).toMatch(/Creating a credential: the database is unavailable \(connection lost\)/);
    expect(`${text}${logged()}`).not.toContain(token);
    expect(await env.db.credential.count({ where: { name } })).toBe(1);
  });

  it('answers the health check with 503 within 2 s, and requests with 503 within the statement timeout, while it is frozen', async () => {
    expect((await HEALTH()).status).toBe(200);
    expect((await list()).status).toBe(200);
    proxy.stall();

    const healthStarted = Date.now();
    const health = await HEALTH();
    const healthMs = Date.now() - healthStarted;
    const requestStarted = Date.now();
    const response = await list();
    const requestMs = Date.now() - requestStarted;

    expect(health.status).toBe(503);
    expect(healthMs).toBeLessThan(2_000);
    await expectProblem(response, 503, 'database-unavailable');
    expect(requestMs).toBeLessThan(4_000);
    console.log(`frozen database: health answered in ${healthMs} ms, an API request in ${requestMs} ms`);

    proxy.resume();
    expect((await HEALTH()).status).toBe(200);
    expect((await list()).status).toBe(200);
  });
});
