import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { Job } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PlanhatDouble } from '@/lib/testing/planhat-double/server';
import { startWebhookReceiver, type WebhookReceiver } from '@/lib/testing/webhook-receiver';
import type { CredentialAlert } from '@/lib/alerts/alert';
import type { Actor } from '@/lib/auth/actor';
import { getBoss, stopBoss } from '@/lib/jobs/boss';
import { log } from '@/lib/log';
import { captureLogs } from '@/lib/testing/capture-logs';
import { createTestActor, saveTestCredential, withServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';
import { queueAlertDeliveries } from './alert-subscriber';
import { attemptDelivery } from './attempt-delivery';
import type { DeliveryJob } from './delivery-job';
import { webhookDeliveryQueue } from './delivery-queue';
import type { WebhookEventType } from './event-types';
import { listWebhookDeliveries } from './list-deliveries';
import { getWebhookEndpoint } from './list-endpoints';
import { createWebhookEndpoint, updateWebhookEndpoint } from './manage-endpoints';
import { sendTestEvent } from './send-test-event';

// This file's receivers listen on 127.0.0.1 over http://, as a self-hosted install may allow.
process.env.WEBHOOK_ALLOW_PRIVATE_NETWORKS = 'true';

let double: PlanhatDouble;
let env: ServiceTestEnv;
let receiver: WebhookReceiver;
withServiceTestEnv((started) => ({ double, env } = started));
beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
// Registered after the environment's own hooks, so it runs before the database closes.
afterAll(async () => {
  await stopBoss();
  await receiver?.close();
});

function alertFor(actor: Actor, credential: { id: string; name: string }, type: CredentialAlert['type'] = 'credential.invalid'): CredentialAlert {
  return {
    id: randomUUID(),
    type,
    occurredAt: new Date().toISOString(),
    workspace: { id: actor.workspaceId, name: actor.workspaceName },
    credential: { id: credential.id, name: credential.name, status: 'invalid', reason: 'Planhat answered 401: the token was revoked.', createdById: actor.userId },
    change: { status: { from: 'verified', to: 'invalid' }, models: { gained: [], lost: ['companies'] } },
    affected: { sources: [{ id: randomUUID(), name: 'Nightly companies', model: 'companies' }], destinations: [] },
  };
}

async function endpointFor(actor: Actor, events: WebhookEventType[] = ['credential.invalid']) {
  const path = `/hooks/${randomUUID()}`;
  const created = await createWebhookEndpoint(actor, { url: `${receiver.url}${path}`, events, description: 'Test receiver' });
  return { ...created, path };
}

const deliveriesOf = async (actor: Actor, endpointId: string) => (await listWebhookDeliveries(actor, endpointId, { limit: 50 })).items;
const arrivedAt = (path: string) => receiver.received.filter((request) => request.path === path);

describe('webhook deliveries', () => {
  it('posts the alert as a signed Standard Webhooks envelope that verifies with the endpoint’s secret', async () => {
    const owner = await createTestActor(env.db);
    const { credential } = await saveTestCredential(owner, double);
    const { endpoint, secret, path } = await endpointFor(owner);
    const alert = alertFor(owner, credential);

    await queueAlertDeliveries(alert);
    const [delivery] = await deliveriesOf(owner, endpoint.id);
    expect(await attemptDelivery(delivery!.id, { lastTry: false })).toBe('delivered');

    const [request] = arrivedAt(path);
    expect(request!.headers).toMatchObject({ 'webhook-id': alert.id, 'content-type': 'application/json' });
    expect(Math.abs(Number(request!.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(30);
    expect(new Webhook(secret).verify(request!.body, request!.headers)).toEqual({
      type: 'credential.invalid',
      timestamp: alert.occurredAt,
      data: {
        credential: { id: credential.id, name: credential.name, status: 'invalid', reason: alert.credential.reason },
        workspace: alert.workspace,
        change: alert.change,
        affected: alert.affected,
      },
    });
    expect(await deliveriesOf(owner, endpoint.id)).toMatchObject([{ messageId: alert.id, eventType: 'credential.invalid', state: 'delivered', attempts: [{ httpStatus: 200, error: null }] }]);
    expect(await getWebhookEndpoint(owner, endpoint.id)).toMatchObject({ lastDelivery: { state: 'delivered', httpStatus: 200 } });
  });

  it('records one delivery per alert and endpoint however often the fan-out runs, and none for endpoints that did not ask or are off', async () => {
    const owner = await createTestActor(env.db);
    const { credential } = await saveTestCredential(owner, double);
    const subscribed = await endpointFor(owner, ['credential.invalid', 'credential.recovered']);
    const otherEvents = await endpointFor(owner, ['credential.created']);
    const turnedOff = await endpointFor(owner);
    await updateWebhookEndpoint(owner, turnedOff.endpoint.id, { enabled: false });
    const elsewhere = await endpointFor(await createTestActor(env.db));
    const alert = alertFor(owner, credential);

    await queueAlertDeliveries(alert);
    await queueAlertDeliveries(alert);

    expect(await deliveriesOf(owner, subscribed.endpoint.id)).toHaveLength(1);
    for (const { endpoint } of [otherEvents, turnedOff]) expect(await deliveriesOf(owner, endpoint.id)).toEqual([]);
    expect(await env.db.webhookDelivery.count({ where: { endpointId: elsewhere.endpoint.id } })).toBe(0);
    const boss = await getBoss();
    const [delivery] = await deliveriesOf(owner, subscribed.endpoint.id);
    expect(await boss.getJobById(webhookDeliveryQueue.name, delivery!.id)).toMatchObject({ data: { deliveryId: delivery!.id } });
  });

  it('logs every failed attempt with its status and keeps the same message id and body, giving up on the last try', async () => {
    const owner = await createTestActor(env.db);
    const { endpoint, secret, path } = await endpointFor(owner, ['test']);
    const { deliveryId, messageId } = await sendTestEvent(owner, endpoint.id);
    receiver.answerWith(path, 500, 503);

    expect(await attemptDelivery(deliveryId, { lastTry: false })).toBe('retry');
    expect(await attemptDelivery(deliveryId, { lastTry: true })).toBe('failed');
    expect(await attemptDelivery(deliveryId, { lastTry: true })).toBe('skipped');

    const [delivery] = await deliveriesOf(owner, endpoint.id);
    expect(delivery).toMatchObject({ state: 'failed', attempts: [{ httpStatus: 500, error: 'The endpoint answered HTTP 500.' }, { httpStatus: 503 }] });
    for (const attempt of delivery!.attempts) expect(attempt.durationMs).toBeGreaterThanOrEqual(0);
    const requests = arrivedAt(path);
    expect(requests.map((request) => request.headers['webhook-id'])).toEqual([messageId, messageId]);
    expect(requests[1]!.body).toBe(requests[0]!.body);
    for (const request of requests) expect(new Webhook(secret).verify(request.body, request.headers)).toMatchObject({ type: 'test' });
    expect((await getWebhookEndpoint(owner, endpoint.id)).failingSince).not.toBeNull();
  });

  it('retries through the queue until the endpoint answers 2xx', async () => {
    const owner = await createTestActor(env.db);
    const { endpoint, path } = await endpointFor(owner, ['test']);
    const boss = await getBoss();
    // The real schedule waits 30 s and more; here the retries come at once.
    await boss.updateQueue(webhookDeliveryQueue.name, { retryDelay: 0, retryBackoff: false });
    await boss.work(webhookDeliveryQueue.name, { ...webhookDeliveryQueue.workOptions(), pollingIntervalSeconds: 0.5 }, (jobs) => webhookDeliveryQueue.work(jobs as Job<DeliveryJob>[], boss));
    receiver.answerWith(path, 500, 502);
    try {
      await sendTestEvent(owner, endpoint.id);
      await vi.waitFor(async () => expect((await deliveriesOf(owner, endpoint.id))[0]?.state).toBe('delivered'), { timeout: 20_000, interval: 200 });
    } finally {
      await boss.offWork(webhookDeliveryQueue.name);
    }
    const [delivery] = await deliveriesOf(owner, endpoint.id);
    expect(delivery!.attempts.map((attempt) => attempt.httpStatus)).toEqual([500, 502, 200]);
    expect(arrivedAt(path)).toHaveLength(3);
    expect((await getWebhookEndpoint(owner, endpoint.id)).failingSince).toBeNull();
  });

  it('turns off an endpoint that failed for 24 hours, says why, and tells its owner; turning it on again forgets the failures', async () => {
    const owner = await createTestActor(env.db);
    const { credential } = await saveTestCredential(owner, double);
    const { endpoint, path } = await endpointFor(owner);
    await env.db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince: new Date(Date.now() - 25 * 3600 * 1000) } });
    const warnings = vi.spyOn(log, 'warn');
    receiver.answerWith(path, 500);

    await queueAlertDeliveries(alertFor(owner, credential));
    const [delivery] = await deliveriesOf(owner, endpoint.id);
    expect(await attemptDelivery(delivery!.id, { lastTry: false })).toBe('retry');

    const turnedOff = await getWebhookEndpoint(owner, endpoint.id);
    expect(turnedOff).toMatchObject({ enabled: false, disabledReason: expect.stringMatching(/failed for 24 hours/) });
    expect(warnings.mock.calls.filter(([message]) => message.includes(`webhook endpoint ${endpoint.id}`) && message.includes('turned off'))).toHaveLength(1);
    // Its queued retries now find it off and stop; alerts are no longer queued for it.
    expect(await attemptDelivery(delivery!.id, { lastTry: false })).toBe('skipped');
    await queueAlertDeliveries(alertFor(owner, credential));
    expect(await deliveriesOf(owner, endpoint.id)).toHaveLength(1);
    warnings.mockRestore();

    const again = await updateWebhookEndpoint(owner, endpoint.id, { enabled: true });
    expect(again).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });
  });

  it('never puts a token or the signing secret in a webhook body, the delivery log, the job data or the server output', async () => {
    const owner = await createTestActor(env.db);
    const output: string[] = [];
    for (const method of ['log', 'warn', 'error', 'info'] as const) vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void output.push(args.map(String).join(' ')));
    const logs = captureLogs();
    try {
      const { credential, token } = await saveTestCredential(owner, double);
      const { endpoint, secret, path } = await endpointFor(owner, ['credential.invalid']);
      receiver.answerWith(path, 500);
      await queueAlertDeliveries(alertFor(owner, credential));
      const [delivery] = await deliveriesOf(owner, endpoint.id);
      await attemptDelivery(delivery!.id, { lastTry: false });
      await attemptDelivery(delivery!.id, { lastTry: false });

      const boss = await getBoss();
      const everything = [
        JSON.stringify(arrivedAt(path)),
        JSON.stringify(await env.db.webhookDelivery.findMany({ where: { endpointId: endpoint.id }, include: { attempts: true } })),
        JSON.stringify(await boss.getJobById(webhookDeliveryQueue.name, delivery!.id)),
        JSON.stringify(await deliveriesOf(owner, endpoint.id)),
        JSON.stringify(await getWebhookEndpoint(owner, endpoint.id)),
        Buffer.from((await env.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id }, select: { sealedSecret: true } })).sealedSecret).toString('latin1'),
        output.join('\n'),
        logs.text(),
      ].join('\n');
      expect(arrivedAt(path)).toHaveLength(2);
      for (const canary of [token, token.slice(0, -4), token.slice(4), secret, secret.slice(6)]) expect(everything).not.toContain(canary);
    } finally {
      vi.restoreAllMocks();
      logs.restore();
    }
  });
});
