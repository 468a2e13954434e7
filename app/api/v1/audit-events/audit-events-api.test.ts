import { describe, expect, it } from 'vitest';
import { apiRequest, expectProblem, noParams, withApiKey, withApiTestEnv, type ApiTestEnv } from '@/lib/api/testing';
import { auditEventPageSchema } from '@/lib/api/schemas/audit-event-api';
import { createTestActor, saveTestCredential } from '@/lib/testing/service-test-env';
import { GET as listRoute } from './route';

let env: ApiTestEnv;
withApiTestEnv((started) => (env = started));

const list = (key: string, query = '') => listRoute(apiRequest(`/audit-events${query}`, { key }), noParams);
const page = async (key: string, query = '') => {
  const response = await list(key, query);
  expect(response.status).toBe(200);
  return auditEventPageSchema.strict().parse(await response.json());
};

describe('/api/v1/audit-events', () => {
  it('gives an owner the workspace’s log newest first, credential events included, never the key itself', async () => {
    const { actor, key } = await withApiKey(await createTestActor(env.db));
    const { credential, token } = await saveTestCredential(actor, env.double);
    const response = await list(key);
    const text = await response.text();
    expect(text).not.toContain(key);
    expect(text).not.toContain(token);
    const { items, nextCursor } = auditEventPageSchema.parse(JSON.parse(text));
    expect(items.map((item) => item.action)).toEqual(['credential.created', 'api-key.created']);
    expect(items[0]).toMatchObject({ target: { type: 'credential', id: credential.id, label: credential.name }, actor: { id: actor.userId }, detail: { outcome: 'verified' } });
    expect(items[1]).toMatchObject({ actor: { id: actor.userId, email: actor.email, name: actor.name }, target: { type: 'api-key' } });
    expect(nextCursor).toBeNull();
  });

  it('pages with limit and nextCursor, and filters by action, group, actor and time', async () => {
    const { actor, key } = await withApiKey(await createTestActor(env.db));
    await saveTestCredential(actor, env.double);
    await saveTestCredential(actor, env.double);
    const first = await page(key, '?limit=2');
    expect(first.items).toHaveLength(2);
    const second = await page(key, `?limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((item) => item.action)).toEqual(['api-key.created']);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(3);

    expect((await page(key, '?action=credential')).items).toHaveLength(2);
    expect((await page(key, '?action=api-key.created')).items).toHaveLength(1);
    expect((await page(key, `?actor=${actor.userId}&action=sign-in`)).items).toEqual([]);
    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await page(key, `?since=${encodeURIComponent(future)}`)).items).toEqual([]);
    expect((await page(key, `?until=${encodeURIComponent(future)}`)).items).toHaveLength(3);
  });

  it('is for owners and admins: a member’s key gets 403, another workspace sees none of it', async () => {
    const owner = await withApiKey(await createTestActor(env.db));
    const member = await withApiKey(await createTestActor(env.db, { workspaceId: owner.actor.workspaceId }));
    await env.db.member.updateMany({ where: { userId: member.actor.userId }, data: { role: 'member' } });
    const outsider = await withApiKey(await createTestActor(env.db));
    await expectProblem(await list(member.key), 403, 'forbidden');
    expect((await page(outsider.key)).items.map((item) => item.actor.id)).toEqual([outsider.actor.userId]);
    await expectProblem(await list(''), 401, 'unauthenticated');
  });

  it.each([
    ['?action=sign-in.hacked', 'action', /audit action/],
    ['?since=yesterday', 'since', /ISO 8601/],
    ['?until=2026-13-01T00:00:00Z', 'until', /ISO 8601/],
    ['?limit=500', 'limit', /1 to 200/],
    ['?limit=abc', 'limit', /1 to 200/],
    ['?cursor=bogus', 'cursor', /nextCursor/],
    ['?actor=user%00', 'actor', /id of the person/],
    ['?since=2026-12-02T00:00:00Z&until=2026-12-01T00:00:00Z', 'until', /before its start/],
  ])('refuses %s with a problem naming %s', async (query, parameter, detail) => {
    const { key } = await withApiKey(await createTestActor(env.db));
    const problem = await expectProblem(await list(key, query), 400, 'invalid-request');
    expect(problem.errors).toEqual([expect.objectContaining({ parameter, detail: expect.stringMatching(detail) })]);
  });
});
