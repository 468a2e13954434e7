import { afterAll, describe, expect, it } from 'vitest';
import { apiRequest, expectProblem, noParams, routeParams, withApiKey, withApiTestEnv, type ApiTestEnv } from '@/lib/api/testing';
import { deliveryPageSchema, webhookPageSchema, webhookSchema, webhookWithSecretSchema } from '@/lib/api/schemas/webhook-resources';
import { createTestActor } from '@/lib/testing/service-test-env';
import { stopBoss } from '@/lib/jobs/boss';
import { GET as listDeliveries } from './[id]/deliveries/route';
import { POST as rotateSecret } from './[id]/rotate-secret/route';
import { DELETE as deleteWebhook, GET as getWebhook, PATCH as patchWebhook } from './[id]/route';
import { POST as sendTest } from './[id]/test/route';
import { GET as listWebhooks, POST as createWebhook } from './route';

// No WEBHOOK_ALLOW_PRIVATE_NETWORKS here: URLs must be https:// and public. A literal public address needs no DNS.
const PUBLIC_URL = 'https://93.184.215.14/hooks/planhat';

let env: ApiTestEnv;
withApiTestEnv((started) => (env = started));
afterAll(() => stopBoss());

const create = (key: string, body: unknown) => createWebhook(apiRequest('/webhooks', { method: 'POST', key, body }), noParams);
const list = (key: string, query = '') => listWebhooks(apiRequest(`/webhooks${query}`, { key }), noParams);
const owner = async () => withApiKey(await createTestActor(env.db));

describe('/api/v1/webhooks', () => {
  it('shows the signing secret once, at creation, and never in a read or a list', async () => {
    const { key } = await owner();
    const response = await create(key, { url: PUBLIC_URL, events: ['credential.invalid', 'test'], description: 'Pager' });
    expect(response.status).toBe(201);
    const created = webhookWithSecretSchema.parse(await response.json());
    expect(created).toMatchObject({ url: PUBLIC_URL, events: ['credential.invalid', 'test'], description: 'Pager', enabled: true, lastDelivery: null });
    expect(created.secret).toMatch(/^whsec_/);
    expect(response.headers.get('location')).toBe(`/api/v1/webhooks/${created.id}`);

    const read = await getWebhook(apiRequest(`/webhooks/${created.id}`, { key }), routeParams({ id: created.id }));
    const listed = await list(key);
    const texts = [await read.text(), await listed.text()];
    for (const text of texts) {
      expect(text).not.toContain(created.secret.slice(6));
      expect(text).not.toMatch(/secret/i);
    }
    expect(webhookSchema.strict().parse(JSON.parse(texts[0]!))).toMatchObject({ id: created.id });
    const row = await env.db.webhookEndpoint.findUniqueOrThrow({ where: { id: created.id }, select: { sealedSecret: true } });
    expect(Buffer.from(row.sealedSecret).toString('latin1')).not.toContain(created.secret.slice(6));
  });

  it.each([
    [{ url: 'http://93.184.215.14/hook', events: ['test'] }, '/url', /https:\/\//],
    [{ url: 'https://127.0.0.1/hook', events: ['test'] }, '/url', /private, local or reserved/],
    [{ url: 'https://10.0.0.8/hook', events: ['test'] }, '/url', /private, local or reserved/],
    [{ url: 'https://192.168.0.2/hook', events: ['test'] }, '/url', /private, local or reserved/],
    [{ url: 'https://169.254.169.254/latest', events: ['test'] }, '/url', /private, local or reserved/],
    [{ url: 'https://[::1]/hook', events: ['test'] }, '/url', /private, local or reserved/],
    [{ url: 'https://[::ffff:127.0.0.1]/hook', events: ['test'] }, '/url', /private, local or reserved/],
    [{ url: 'https://localhost/hook', events: ['test'] }, '/url', /private, local or reserved/],
    [{ url: 'not a url', events: ['test'] }, '/url', /starting with https:\/\//],
    [{ url: PUBLIC_URL, events: ['credential.exploded'] }, '/events/0', /Use one of/],
    [{ url: PUBLIC_URL, events: [] }, '/events', /at least one event/],
    [{ url: PUBLIC_URL }, '/events', /at least one event/],
    [{ url: PUBLIC_URL, events: ['test'], secret: 'whsec_mine' }, '/secret', /not part of the request/],
  ])('refuses %j with a problem naming %s, and saves nothing', async (body, pointer, detail) => {
    const { key } = await owner();
    const problem = await expectProblem(await create(key, body), 400, 'invalid-request');
    expect(problem.errors).toEqual([{ pointer, detail: expect.stringMatching(detail) }]);
    expect(webhookPageSchema.parse(await (await list(key)).json()).items).toEqual([]);
  });

  it('lets admins manage webhooks and refuses members, who do not see them either', async () => {
    const { actor, key } = await owner();
    const admin = await withApiKey(await createTestActor(env.db, { role: 'admin', workspaceId: actor.workspaceId }));
    expect((await create(admin.key, { url: PUBLIC_URL, events: ['test'] })).status).toBe(201);

    // A member's key: made while they were an owner, then they became a member.
    const member = await withApiKey(await createTestActor(env.db, { role: 'owner', workspaceId: actor.workspaceId }));
    await env.db.member.updateMany({ where: { userId: member.actor.userId }, data: { role: 'member' } });
    const [id] = webhookPageSchema.parse(await (await list(key)).json()).items.map((item) => item.id);
    await expectProblem(await list(member.key), 403, 'forbidden');
    await expectProblem(await create(member.key, { url: PUBLIC_URL, events: ['test'] }), 403, 'forbidden');
    await expectProblem(await getWebhook(apiRequest(`/webhooks/${id}`, { key: member.key }), routeParams({ id: id! })), 403, 'forbidden');
    await expectProblem(await deleteWebhook(apiRequest(`/webhooks/${id}`, { method: 'DELETE', key: member.key }), routeParams({ id: id! })), 403, 'forbidden');
  });

  it('pages through endpoints newest first and refuses a made-up cursor', async () => {
    const { key } = await owner();
    const ids: string[] = [];
    for (let n = 0; n < 3; n++) ids.push(webhookWithSecretSchema.parse(await (await create(key, { url: `${PUBLIC_URL}/${n}`, events: ['test'] })).json()).id);
    const first = webhookPageSchema.parse(await (await list(key, '?limit=2')).json());
    expect(first.items.map((item) => item.id)).toEqual([ids[2], ids[1]]);
    const second = webhookPageSchema.parse(await (await list(key, `?limit=2&cursor=${first.nextCursor}`)).json());
    expect(second).toEqual({ items: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
    const problem = await expectProblem(await list(key, '?cursor=bogus'), 400, 'invalid-request');
    expect(problem.errors).toEqual([{ parameter: 'cursor', detail: 'Unknown cursor.' }]);
  });

  it('changes, turns off and on, rotates, tests and deletes an endpoint; other workspaces get 404', async () => {
    const { key } = await owner();
    const stranger = await owner();
    const created = webhookWithSecretSchema.parse(await (await create(key, { url: PUBLIC_URL, events: ['test'] })).json());
    const id = created.id;
    const patch = (body: unknown, as = key) => patchWebhook(apiRequest(`/webhooks/${id}`, { method: 'PATCH', key: as, body }), routeParams({ id }));

    expect(await (await patch({ events: ['credential.deleted', 'credential.created'], description: 'Audit' })).json()).toMatchObject({ events: ['credential.deleted', 'credential.created'], description: 'Audit', url: PUBLIC_URL });
    await expectProblem(await patch({ url: 'https://10.1.1.1/x' }), 400, 'invalid-request');
    await expectProblem(await patch({}), 400, 'invalid-request');
    await expectProblem(await patch({ events: ['nope'] }), 400, 'invalid-request');
    expect(await (await getWebhook(apiRequest(`/webhooks/${id}`, { key }), routeParams({ id }))).json()).toMatchObject({ url: PUBLIC_URL, events: ['credential.deleted', 'credential.created'] });

    await env.db.webhookEndpoint.update({ where: { id }, data: { failingSince: new Date() } });
    expect(await (await patch({ enabled: false })).json()).toMatchObject({ enabled: false, disabledReason: expect.stringMatching(/^Turned off by /) });
    expect(await (await patch({ enabled: true })).json()).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });

    const rotated = webhookWithSecretSchema.parse(await (await rotateSecret(apiRequest(`/webhooks/${id}/rotate-secret`, { method: 'POST', key }), routeParams({ id }))).json());
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(created.secret);

    const test = await sendTest(apiRequest(`/webhooks/${id}/test`, { method: 'POST', key }), routeParams({ id }));
    expect(test.status).toBe(202);
    const { deliveryId } = (await test.json()) as { deliveryId: string };
    const log = deliveryPageSchema.parse(await (await listDeliveries(apiRequest(`/webhooks/${id}/deliveries`, { key }), routeParams({ id }))).json());
    expect(log).toEqual({ items: [expect.objectContaining({ id: deliveryId, eventType: 'test', state: 'pending', attempts: [] })], nextCursor: null });
    expect(JSON.stringify(log)).not.toContain(rotated.secret.slice(6));

    for (const response of [
      await getWebhook(apiRequest(`/webhooks/${id}`, { key: stranger.key }), routeParams({ id })),
      await patch({ enabled: false }, stranger.key),
      await sendTest(apiRequest(`/webhooks/${id}/test`, { method: 'POST', key: stranger.key }), routeParams({ id })),
      await getWebhook(apiRequest('/webhooks/x', { key }), routeParams({ id: 'not-a-uuid' })),
    ]) await expectProblem(response, 404, 'not-found');

    expect((await deleteWebhook(apiRequest(`/webhooks/${id}`, { method: 'DELETE', key }), routeParams({ id }))).status).toBe(204);
    await expectProblem(await getWebhook(apiRequest(`/webhooks/${id}`, { key }), routeParams({ id })), 404, 'not-found');
    expect(await env.db.webhookDelivery.count({ where: { endpointId: id } })).toBe(0);
  });

  it('needs an API key', async () => {
    await expectProblem(await list(''), 401, 'unauthenticated');
  });
});
