import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { startTcpProxy, type TcpProxy } from '../lib/testing/tcp-proxy';
import { adminQuery } from '../lib/testing/admin-query';
import { signUpFirstOwner, startIsolatedApp, type IsolatedApp } from './support/isolated-app';
import { expect, test } from './support/test';
import { startWebhookReceiver, type WebhookReceiver } from '@/lib/testing/webhook-receiver';

// Probes and rolling restarts, on a Postgres database of their own (on the local server, reached
// through a TCP proxy the test can take down) shared by two app instances, as in production.
const basePort = Number(process.env.E2E_PORT ?? 3100) + 80;
const adminUrl = process.env.E2E_PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const randomKey = () => randomBytes(32).toString('base64');
const owner = { name: 'Rolf Rolling', email: 'rolf@example.com', password: 'correct horse battery staple', workspace: 'Always On' };

const admin = (sql: string) => adminQuery(adminUrl, sql);

type Outcome = { kind: 'answered'; status: number; body: string } | { kind: 'refused' } | { kind: 'dropped'; error: string };

/** One request on a new connection: refused (never accepted), answered in full, or dropped after it was accepted. */
function send(port: number, method: string, path: string, headers: Record<string, string>, body?: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const request = http.request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ kind: 'answered', status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', (error) => resolve({ kind: 'dropped', error: error.message }));
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED' ? { kind: 'refused' } : { kind: 'dropped', error: `${error.code ?? ''} ${error.message}` }));
    request.end(body);
  });
}

test.describe('running several instances', () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  const database = `e2e_operations_${randomBytes(4).toString('hex')}`;
  const secrets = { CREDENTIAL_KEYS: `ops1:${randomKey()}`, BETTER_AUTH_SECRET: randomKey() };
  let proxy: TcpProxy;
  let receiver: WebhookReceiver;
  const apps: IsolatedApp[] = [];

  test.beforeAll(async () => {
    await admin(`CREATE DATABASE "${database}"`);
    const server = new URL(adminUrl);
    proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
    // A slow endpoint keeps webhook deliveries in flight when an instance is told to stop.
    receiver = await startWebhookReceiver({ delayMs: 1000 });
  });
  test.afterAll(async () => {
    for (const app of apps) await app.stop();
    await receiver?.close();
    await proxy?.close();
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  });

  const start = async (name: string, port: number) => {
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    const app = await startIsolatedApp(name, port, {
      ...secrets,
      DATABASE_URL: proxy.urlFor(url.toString()),
      WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
      API_RATE_LIMIT_PER_MINUTE: '100000',
      SHUTDOWN_TIMEOUT: '10s',
      // Longer than the test's load balancer takes to see readiness turn 503 (it asks every 200 ms).
      SHUTDOWN_DELAY: '1s',
    });
    apps.push(app);
    return app;
  };

  test('readiness says 503 naming the database while it is down, and 200 once it is back; liveness stays 200', async () => {
    const app = await start('ops-a', basePort);
    const ready = () => fetch(`${app.url}/api/health/ready`);
    await expect.poll(async () => (await ready()).status, { timeout: 30_000 }).toBe(200);
    expect(await (await ready()).json()).toEqual({ status: 'ready', checks: { accepting: 'ok', database: 'ok', migrations: 'ok', keys: 'ok', queue: 'ok' } });

    await proxy.down();
    const down = await ready();
    expect(down.status).toBe(503);
    expect(down.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await down.json()) as { title: string; detail: string; checks: Record<string, string> };
    expect(problem.title).toBe('Not ready');
    expect(problem.detail).toMatch(/^This instance is not ready: database: the database is not reachable/);
    expect(problem.checks).toMatchObject({ database: 'the database is not reachable', keys: 'ok', queue: 'ok' });
    expect((await fetch(`${app.url}/api/health/live`)).status).toBe(200);
    expect((await fetch(`${app.url}/api/health`)).status).toBe(503);

    await proxy.up();
    await expect.poll(async () => (await ready()).status, { timeout: 30_000 }).toBe(200);
  });

  test('a rolling restart of one of two instances under load drops no request it accepted and loses no job', async ({ page }) => {
    test.setTimeout(180_000);
    const [a] = apps;
    if (!a) throw new Error('the first instance did not start');
    const b = await start('ops-b', basePort + 1);

    await signUpFirstOwner(page, a.url, owner);
    await page.goto(`${a.url}/settings/api-keys`);
    await page.getByLabel('Key name').fill('Load');
    await page.getByRole('button', { name: 'Create key' }).click();
    const key = await page.getByRole('textbox', { name: 'API key Load' }).inputValue();
    const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
    const created = await send(basePort + 1, 'POST', '/api/v1/webhooks', headers, JSON.stringify({ url: `${receiver.url}/rolling`, events: ['test'] }));
    expect(created).toMatchObject({ kind: 'answered', status: 201 });
    const webhookId = (JSON.parse((created as { body: string }).body) as { id: string }).id;

    // A load balancer: asks each instance's readiness every 200 ms and sends requests, in turn, only
    // to those that are ready (to the other one when a connection is refused). Eight clients use it.
    const ports = [basePort, basePort + 1];
    const ready = new Map(ports.map((port) => [port, true]));
    const pollReadiness = setInterval(() => {
      for (const port of ports) {
        void send(port, 'GET', '/api/health/ready', {}).then((outcome) => ready.set(port, outcome.kind === 'answered' && outcome.status === 200));
      }
    }, 200);
    const pick = (turn: number) => {
      const open = ports.filter((port) => ready.get(port));
      return (open.length ? open : ports)[turn % (open.length || ports.length)]!;
    };
    const dropped: string[] = [];
    const queued = new Set<string>();
    let answered = 0;
    let refused = 0;
    let stopping = false;
    const stopAt = Date.now() + 8000;
    const client = async (index: number) => {
      for (let turn = index; Date.now() < stopAt; turn++) {
        const sendsJob = turn % 6 === 0;
        const [method, path] = sendsJob ? ['POST', `/api/v1/webhooks/${webhookId}/test`] : ['GET', '/api/v1/credentials'];
        const port = pick(turn);
        let outcome = await send(port, method!, path!, headers);
        if (outcome.kind === 'refused') {
          refused++;
          ready.set(port, false);
          outcome = await send(ports.find((other) => other !== port)!, method!, path!, headers);
        }
        if (outcome.kind !== 'answered') {
          dropped.push(`${method} ${path}: ${outcome.kind === 'dropped' ? outcome.error : 'refused by both'}`);
          continue;
        }
        answered++;
        expect(outcome.status, outcome.body).toBe(sendsJob ? 202 : 200);
        const body = JSON.parse(outcome.body) as { messageId?: string };
        if (sendsJob) queued.add(body.messageId!);
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, (_, index) => client(index)));
    await new Promise((resolve) => setTimeout(resolve, 3000));
    stopping = true;
    const exitCode = await a.terminate();
    await load;
    clearInterval(pollReadiness);

    expect(stopping).toBe(true);
    expect(exitCode, a.output()).toBe(0);
    expect(dropped).toEqual([]);
    // The balancer saw readiness turn 503 before the instance stopped listening, so nothing was refused.
    expect(refused).toBe(0);
    expect(answered).toBeGreaterThan(50);
    expect(a.output()).toMatch(/"msg":"shutting down: finishing requests and jobs in flight"/);
    // Every job queued on either instance is delivered: by the stopping one before it stopped, or by the other.
    await expect
      .poll(() => new Set(receiver.received.filter((hook) => hook.path === '/rolling').map((hook) => hook.headers['webhook-id'])).size, { timeout: 90_000 })
      .toBe(queued.size);
    expect(queued.size).toBeGreaterThan(5);
    expect((await fetch(`${b.url}/api/health/ready`)).status).toBe(200);
  });
});
