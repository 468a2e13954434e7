import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { CredentialError } from '@/lib/credentials/errors';
import { createTestActor, withServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';
import type { AuditAction } from './audit-actions';
import { AuditQueryError } from './audit-query-error';
import { listAuditEvents, type AuditLogFilters } from './list-audit-events';

let env: ServiceTestEnv;
withServiceTestEnv((started) => (env = started.env));

const at = (iso: string) => new Date(iso);

function auditRow(workspaceId: string, action: AuditAction, createdAt: Date, actorId = 'user_a') {
  return { id: randomUUID(), workspaceId, action, actorId, actorEmail: `${actorId}@example.com`, createdAt };
}

function credentialRow(workspaceId: string, type: string, createdAt: Date) {
  return { id: randomUUID(), workspaceId, credentialId: randomUUID(), credentialName: 'Prod Planhat', actorId: 'user_b', actorName: 'Bo Builder', type, outcome: 'verified', createdAt };
}

/** Every page, `limit` at a time, following nextCursor to the end. */
async function allPages(actor: Actor, filters: AuditLogFilters, limit: number) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 100; page++) {
    const result = await listAuditEvents(actor, filters, { limit, cursor });
    ids.push(...result.items.map((item) => item.id));
    if (!result.nextCursor) return ids;
    cursor = result.nextCursor;
  }
  throw new Error('pagination did not end');
}

describe('listing the audit log', () => {
  it('pages newest first without gaps or repeats when many entries share one time, across both tables', async () => {
    const owner = await createTestActor(env.db);
    const same = at('2026-11-01T10:00:00.000Z');
    const audit = Array.from({ length: 7 }, () => auditRow(owner.workspaceId, 'member.invited', same));
    const credential = Array.from({ length: 5 }, () => credentialRow(owner.workspaceId, 'checked', same));
    const older = auditRow(owner.workspaceId, 'sign-in.failed', at('2026-10-31T09:00:00.000Z'));
    const newer = auditRow(owner.workspaceId, 'sign-in.succeeded', at('2026-11-02T08:00:00.000Z'));
    await env.db.auditEvent.createMany({ data: [...audit, older, newer] });
    await env.db.credentialEvent.createMany({ data: credential });

    const sameTime = [...audit, ...credential].map((row) => row.id).sort().reverse();
    const expected = [newer.id, ...sameTime, older.id];
    for (const limit of [1, 3, 5, 14, 200]) expect(await allPages(owner, {}, limit), `limit ${limit}`).toEqual(expected);
  });

  it('shows a credential event as credential.<type>, with its credential, actor and outcome', async () => {
    const owner = await createTestActor(env.db);
    const row = credentialRow(owner.workspaceId, 'checked', new Date());
    await env.db.credentialEvent.create({ data: { ...row, detail: { trigger: 'manual' } } });
    const [entry] = (await listAuditEvents(owner)).items;
    expect(entry).toMatchObject({
      id: row.id,
      action: 'credential.checked',
      actor: { id: 'user_b', name: 'Bo Builder', email: null },
      target: { type: 'credential', id: row.credentialId, label: 'Prod Planhat' },
      detail: { outcome: 'verified', trigger: 'manual' },
    });
  });

  it('filters by action group, one action, the person who acted and a date range', async () => {
    const owner = await createTestActor(env.db);
    const w = owner.workspaceId;
    const rows = [
      auditRow(w, 'sign-in.succeeded', at('2026-11-01T00:00:00.000Z'), 'user_a'),
      auditRow(w, 'sign-in.failed', at('2026-11-02T00:00:00.000Z'), 'user_a'),
      auditRow(w, 'sign-in.failed', at('2026-11-03T00:00:00.000Z'), 'user_c'),
      auditRow(w, 'api-key.created', at('2026-11-04T00:00:00.000Z'), 'user_c'),
    ];
    await env.db.auditEvent.createMany({ data: rows });
    await env.db.credentialEvent.create({ data: credentialRow(w, 'created', at('2026-11-05T00:00:00.000Z')) });
    const ids = async (filters: AuditLogFilters) => (await listAuditEvents(owner, filters)).items.map((item) => item.id);
    const [a, b, c, d] = rows.map((row) => row.id);

    expect(await ids({ action: 'sign-in' })).toEqual([c, b, a]);
    expect(await ids({ action: 'sign-in.failed' })).toEqual([c, b]);
    expect(await ids({ action: 'sign-in', actorId: 'user_c' })).toEqual([c]);
    expect(await ids({ since: at('2026-11-02T00:00:00.000Z'), until: at('2026-11-03T12:00:00.000Z') })).toEqual([c, b]);
    expect((await listAuditEvents(owner, { action: 'credential' })).items.map((item) => item.action)).toEqual(['credential.created']);
    expect(await ids({ actorId: 'user_c', action: 'api-key' })).toEqual([d]);
    expect(await ids({ actorId: 'nobody' })).toEqual([]);
  });

  it('shows each workspace only its own entries, and only to owners and admins', async () => {
    const owner = await createTestActor(env.db);
    const admin = await createTestActor(env.db, { role: 'admin', workspaceId: owner.workspaceId });
    const member = await createTestActor(env.db, { role: 'member', workspaceId: owner.workspaceId });
    const outsider = await createTestActor(env.db);
    await env.db.auditEvent.create({ data: auditRow(owner.workspaceId, 'api-key.revoked', new Date()) });
    expect((await listAuditEvents(admin)).items).toHaveLength(1);
    expect((await listAuditEvents(outsider)).items).toEqual([]);
    await expect(listAuditEvents(member)).rejects.toThrow(CredentialError);
    await expect(listAuditEvents(member)).rejects.toThrow(/owners and admins/);
  });

  it.each([
    [{}, { cursor: 'not-a-cursor' }, 'cursor'],
    [{}, { cursor: Buffer.from('2026-11-01T00:00:00.000Z|not-a-uuid').toString('base64url') }, 'cursor'],
    [{}, { limit: 0 }, 'limit'],
    [{}, { limit: 201 }, 'limit'],
    [{ action: 'sign-in.hacked' }, {}, 'action'],
    [{ action: "sign-in%' OR 1=1 --" }, {}, 'action'],
    [{ actorId: 'user\u0000' }, {}, 'actor'],
    [{ since: at('2026-11-02T00:00:00Z'), until: at('2026-11-01T00:00:00Z') }, {}, 'until'],
  ] as const)('refuses %j %j with a message about %s', async (filters, page, parameter) => {
    const owner = await createTestActor(env.db);
    const refusal = await listAuditEvents(owner, filters, page).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AuditQueryError);
    expect(refusal).toMatchObject({ parameter, message: expect.stringMatching(/\w{4,}/) });
  });
});
