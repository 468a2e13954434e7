import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlanhatDouble } from '@/lib/testing/planhat-double/server';
import { connectDb, type Db } from '@/lib/db/client';
import { createTestActor, saveTestCredential, withServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';
import { deleteCredential } from './delete-credential';
import { CONFIGURE_PREVIEW, recordRead, type ReadToRecord } from './record-read';

let double: PlanhatDouble;
let env: ServiceTestEnv;
withServiceTestEnv((started) => ({ double, env } = started));

// A second app instance has its own connection pool on the same Postgres database. Only one
// process may open an embedded database, so on PGlite the one instance reads concurrently alone.
const others: Db[] = [];
afterAll(() => Promise.all(others.map((db) => db.$disconnect())));
async function appInstances(): Promise<Db[]> {
  if (!process.env.DATABASE_URL) return [env.db];
  const second = await connectDb({ kind: 'postgres', url: process.env.DATABASE_URL, label: 'second instance' });
  await second.$connect(); // so that $disconnect ends its pool
  others.push(second);
  return [env.db, second];
}

async function newCredential() {
  const actor = await createTestActor(env.db);
  const { credential } = await saveTestCredential(actor, double);
  return { actor, credential, read: (extra: Partial<ReadToRecord> = {}): ReadToRecord => ({ workspaceId: actor.workspaceId, credentialId: credential.id, source: null, model: 'companies', outcome: 'ok', ...extra }) };
}

const usageDays = (credentialId: string) => env.db.credentialUsageDay.findMany({ where: { credentialId }, orderBy: [{ day: 'asc' }, { usedBy: 'asc' }] });

describe('counting reads of Planhat records per day', () => {
  it('counts 200 concurrent reads through two app instances as exactly 200, with every failure', async () => {
    const { credential, read } = await newCredential();
    const source = { id: randomUUID(), name: 'Nightly companies' };
    const instances = await appInstances();
    const base = Date.parse('2026-12-01T08:00:00.000Z');

    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        recordRead(instances[i % instances.length]!, read({ source, outcome: i % 10 === 0 ? 'unreachable' : 'ok', at: new Date(base + i) })),
      ),
    );

    expect(await usageDays(credential.id)).toMatchObject([{ usedBy: source.id, sourceName: 'Nightly companies', reads: 200, failedReads: 20 }]);
    const stored = await env.db.credential.findUniqueOrThrow({ where: { id: credential.id } });
    expect(stored.lastUsedAt?.toISOString()).toBe(new Date(base + 199).toISOString());
    expect(stored.version).toBe(credential.version);
  });

  it('counts a read just before midnight UTC and one just after on two days', async () => {
    const { credential, read } = await newCredential();

    await recordRead(env.db, read({ at: new Date('2026-12-01T23:59:59.999Z') }));
    await recordRead(env.db, read({ at: new Date('2026-12-02T00:00:00.000Z') }));

    const days = (await usageDays(credential.id)).map((row) => [row.day.toISOString().slice(0, 10), row.usedBy, row.reads]);
    expect(days).toEqual([
      ['2026-12-01', CONFIGURE_PREVIEW, 1],
      ['2026-12-02', CONFIGURE_PREVIEW, 1],
    ]);
  });

  it('keeps the newest read’s outcome, model and name when an instance with a slower clock writes after it', async () => {
    const { credential, read } = await newCredential();
    const source = { id: randomUUID(), name: 'Renamed since' };

    const newest = await recordRead(env.db, read({ source, model: 'endusers', outcome: 'ok', at: new Date('2026-12-01T10:00:05.000Z') }));
    const older = await recordRead(env.db, read({ source: { ...source, name: 'Old name' }, model: 'companies', outcome: 'invalid-token', at: new Date('2026-12-01T10:00:01.000Z') }));

    expect(await usageDays(credential.id)).toMatchObject([{ reads: 2, failedReads: 1, lastOutcome: 'ok', model: 'endusers', sourceName: 'Renamed since' }]);
    expect([newest, older]).toEqual(['2026-12-01T10:00:05.000Z', '2026-12-01T10:00:05.000Z']);
  });

  it('counts the configure preview apart from each saved source', async () => {
    const { credential, read } = await newCredential();
    const [a, b] = [{ id: randomUUID(), name: 'A' }, { id: randomUUID(), name: 'B' }];
    const at = new Date('2026-12-01T12:00:00.000Z');

    for (const source of [null, null, a, b, b]) await recordRead(env.db, read({ source, at }));

    const counts = Object.fromEntries((await usageDays(credential.id)).map((row) => [row.sourceName ?? row.usedBy, row.reads]));
    expect(counts).toEqual({ [CONFIGURE_PREVIEW]: 2, A: 1, B: 2 });
  });

  it('records nothing for a credential of another workspace, or one deleted meanwhile, and does not fail', async () => {
    const { actor, credential, read } = await newCredential();
    const stranger = await createTestActor(env.db);
    await recordRead(env.db, read());

    expect(await recordRead(env.db, read({ workspaceId: stranger.workspaceId }))).toBeNull();
    expect(await deleteCredential(actor, credential.id, credential.name)).toEqual({ ok: true });
    expect(await recordRead(env.db, read())).toBeNull();

    // The day it was read went with it.
    expect(await env.db.credentialUsageDay.count({ where: { credentialId: credential.id } })).toBe(0);
  });
});
