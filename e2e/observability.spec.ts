import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { addCredential } from './support/credentials';
import { signUpFirstOwner, startIsolatedApp, type IsolatedApp } from './support/isolated-app';
import { startOtlpReceiver, type OtlpReceiver } from './support/otlp-receiver';
import { metricValue, readMetrics } from './support/metrics';
import { recordsTable } from './support/sources';
import { expect, test } from './support/test';

// Its own app server (fresh embedded database) with logs at debug, a metrics token and traces sent
// to a local OTLP receiver: a full flow, then a sweep of everything it wrote for secrets.
const port = Number(process.env.E2E_PORT ?? 3100) + 70;
const METRICS_TOKEN = `metrics-${randomBytes(12).toString('hex')}`;
const owner = { name: 'Otto Observer', email: 'otto@example.com', password: `pw-canary-${randomBytes(6).toString('hex')}`, workspace: 'Eyes Open' };

async function createApiKey(page: Page, baseUrl: string): Promise<string> {
  const keyName = 'Pipeline key';
  await page.goto(`${baseUrl}/settings/api-keys`);
  await page.getByLabel('Key name').fill(keyName);
  await page.getByRole('button', { name: 'Create key' }).click();
  const key = await page.getByRole('textbox', { name: `API key ${keyName}` }).inputValue();
  expect(key).toMatch(/^phcm_/);
  return key;
}

test.describe('logs, metrics and traces', () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  let app: IsolatedApp;
  let otlp: OtlpReceiver;

  test.beforeAll(async () => {
    otlp = await startOtlpReceiver();
    app = await startIsolatedApp('observability', port, {
      LOG_LEVEL: 'debug',
      METRICS_TOKEN,
      OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_SERVICE_NAME: 'credential-manager-e2e',
      WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
    });
  });
  test.afterAll(async () => {
    await app?.stop();
    await otlp?.close();
  });

  test('a full flow leaves request lines, counted metrics and spans, and no token, password or API key in any of them', async ({ page }) => {
    test.setTimeout(150_000);
    const [token, apiToken] = [`phtest_${randomBytes(16).toString('hex')}`, `phtest_${randomBytes(16).toString('hex')}`];
    for (const known of [token, apiToken]) app.double.addToken({ token: known });
    const rejectedToken = `phtest_${randomBytes(16).toString('hex')}`;

    await signUpFirstOwner(page, app.url, owner);
    const apiKey = await createApiKey(page, app.url);

    // Save through the Authenticate step, preview on Configure, re-check on the credential's page.
    await page.goto(`${app.url}/sources/new/planhat`);
    await addCredential(page, { name: 'Watched token', token });
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(recordsTable(page, 'Companies').getByRole('row')).toHaveCount(11);
    await page.goto(`${app.url}/credentials`);
    await page.getByRole('link', { name: 'Watched token' }).click();
    await page.getByRole('button', { name: 'Re-check Watched token' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Checked: Verified' })).toBeVisible();

    const api = (path: string, init: RequestInit = {}, key = apiKey) =>
      fetch(`${app.url}/api/v1${path}`, { ...init, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...init.headers } });
    const before = await readMetrics(app.url, METRICS_TOKEN);

    for (let i = 0; i < 3; i++) expect((await api('/credentials')).status).toBe(200);
    const created = await api('/credentials', { method: 'POST', body: JSON.stringify({ name: 'From the API', apiAccessToken: apiToken }) });
    expect(created.status).toBe(201);
    const rejected = await api('/credentials', { method: 'POST', body: JSON.stringify({ name: 'Rejected', apiAccessToken: rejectedToken }) });
    expect(rejected.status).toBe(422);
    const unauthenticated = await api('/credentials', {}, `phcm_${'x'.repeat(64)}`);
    expect(unauthenticated.status).toBe(401);

    // A background job: a webhook test event, delivered (to the receiver, which answers anything).
    const webhook = await api('/webhooks', { method: 'POST', body: JSON.stringify({ url: `${otlp.url}/hook`, events: ['test'] }) });
    expect(webhook.status).toBe(201);
    const { id: webhookId, secret: signingSecret } = (await webhook.json()) as { id: string; secret: string };
    expect((await api(`/webhooks/${webhookId}/test`, { method: 'POST' })).status).toBe(202);
    await expect
      .poll(async () => metricValue(await readMetrics(app.url, METRICS_TOKEN), 'deliveries_total', { channel: 'webhook', outcome: 'delivered' }), { timeout: 20_000 })
      .toBe(1);

    // A problem's request id is its X-Request-Id, and its log line can be found by it.
    const problem = (await rejected.json()) as { requestId?: string };
    expect(problem.requestId).toBe(rejected.headers.get('x-request-id'));
    const logLines = () =>
      app
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    // The request's line is written once its answer is sent, which may be a moment after it arrived here.
    await expect.poll(() => logLines().some((line) => line.msg === 'request' && line.requestId === problem.requestId)).toBe(true);
    const lines = logLines();
    expect(lines.find((line) => line.msg === 'request' && line.requestId === problem.requestId)).toMatchObject({
      method: 'POST', route: '/api/v1/credentials', status: 422, workspaceId: expect.any(String), actorId: expect.any(String), apiKeyId: expect.any(String), durationMs: expect.any(Number),
    });
    expect(lines.some((line) => line.msg === 'planhat call' && line.model === 'companies' && line.cluster === 'api' && line.requestId === problem.requestId)).toBe(true);
    expect(lines.some((line) => line.msg === 'request' && line.route === '/credentials/[id]' && line.actorId)).toBe(true);
    expect(lines.find((line) => line.msg === 'job' && line.queue === 'webhook-delivery')).toMatchObject({ outcome: 'completed', jobId: expect.any(String), retry: 0, durationMs: expect.any(Number) });

    // The counters moved by exactly what was sent.
    const after = await readMetrics(app.url, METRICS_TOKEN);
    const delta = (name: string, labels: Record<string, string>) => metricValue(after, name, labels) - metricValue(before, name, labels);
    expect(delta('http_request_duration_seconds_count', { method: 'GET', route: '/api/v1/credentials', status: '200' })).toBe(3);
    expect(delta('http_request_duration_seconds_count', { method: 'POST', route: '/api/v1/credentials', status: '201' })).toBe(1);
    expect(delta('http_request_duration_seconds_count', { method: 'POST', route: '/api/v1/credentials', status: '422' })).toBe(1);
    expect(delta('http_request_duration_seconds_count', { method: 'GET', route: '/api/v1/credentials', status: '401' })).toBe(1);
    expect(delta('credential_checks_total', { connector: 'planhat', outcome: 'verified' })).toBe(1);
    expect(delta('credential_checks_total', { connector: 'planhat', outcome: 'invalid' })).toBe(1);
    // Sealed: the new credential's token and the webhook's signing secret; opened: that secret, to sign the delivery.
    expect(delta('vault_operations_total', { operation: 'seal', outcome: 'ok' })).toBe(2);
    expect(delta('vault_operations_total', { operation: 'open', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(delta('vault_operations_total', { operation: 'open', outcome: 'failed' })).toBe(0);
    expect(delta('planhat_requests_total', { model: 'companies', cluster: 'api', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(after).toMatch(/^job_queue_depth\{queue="health-check"\} \d+$/m);
    expect(after).toMatch(/^process_cpu_seconds_total /m);

    // Without the token, or with another, nothing.
    expect((await fetch(`${app.url}/api/metrics`)).status).toBe(401);
    expect((await fetch(`${app.url}/api/metrics`, { headers: { authorization: 'Bearer not-the-metrics-token' } })).status).toBe(401);

    // Stopping flushes the spans still batched.
    expect(await app.terminate()).toBe(0);
    const spans = otlp.spans();
    const names = spans.map((span) => span.name);
    expect(names).toContain('planhat GET /companies');
    expect(names.some((name) => name.startsWith('prisma:'))).toBe(true);
    expect(names, [...new Set(names)].join(', ')).toContain('job webhook-delivery');
    expect(names.some((name) => /^(GET|POST) \/api\/v1\/credentials$/.test(name))).toBe(true);
    // Server actions (saving on the Authenticate step, Re-check) are POSTs to their page.
    expect(names.some((name) => /^POST \/(sources|credentials)\//.test(name))).toBe(true);

    const everything = [app.output(), before, after, otlp.raw()].join('\n');
    for (const secret of [token, apiToken, rejectedToken, owner.password, apiKey, METRICS_TOKEN, signingSecret]) {
      expect(everything.includes(secret), 'a secret was written to the logs, the metrics or a span').toBe(false);
    }
  });
});
