import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { readMigrations } from './migrations';
import { migrate } from './migrator';
import { openSqlConnection, type SqlConnection } from './sql-connection';

// An install from before reads were counted per day: its audit trail holds one "used" row per read.
const MIGRATION = '20261203150000_credential_usage_days';

let database: TestDatabase;
let db: SqlConnection;
const workspace = `ws_${randomUUID()}`;
const kept = randomUUID();
const deleted = randomUUID();
const source = randomUUID();

async function insertCredential(id: string, name: string) {
  await db.query(
    `INSERT INTO "Credential" ("id", "workspaceId", "connector", "name", "nameKey", "sealedToken", "keyId", "tokenHint", "tokenFingerprint", "updatedAt")
     VALUES ($1, $2, 'planhat', $3, lower($3), '\\x00', 'k1', 'abcd', $4, now())`,
    [id, workspace, name, `fp-${id}`],
  );
}

async function insertEvent(credentialId: string, type: string, at: string, outcome: string | null = null, detail: object | null = null) {
  await db.query(
    `INSERT INTO "CredentialEvent" ("id", "workspaceId", "credentialId", "credentialName", "actorName", "type", "outcome", "detail", "createdAt")
     VALUES ($1, $2, $3, 'Planhat', 'Tess', $4, $5, $6::jsonb, $7::timestamp(3))`,
    [randomUUID(), workspace, credentialId, type, outcome, detail && JSON.stringify(detail), at],
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = await openSqlConnection(database.target);
  const migrations = readMigrations();
  const at = migrations.findIndex((migration) => migration.name === MIGRATION);
  await migrate(db, migrations.slice(0, at));

  await db.query(`INSERT INTO "organization" ("id", "name", "slug", "createdAt") VALUES ($1, 'Old install', $1, now())`, [workspace]);
  await insertCredential(kept, 'Kept');
  const preview = (model: string) => ({ source: null, model, offset: 0, records: 10 });
  const bySource = (name: string, model: string) => ({ source: { id: source, name }, model, offset: 0, records: 10 });
  await insertEvent(kept, 'created', '2026-11-30 09:00:00', 'verified');
  await insertEvent(kept, 'used', '2026-11-30 10:00:00', 'ok', preview('companies'));
  await insertEvent(kept, 'used', '2026-11-30 11:00:00', 'invalid-token', preview('licenses'));
  await insertEvent(kept, 'checked', '2026-11-30 11:00:01', 'invalid', { trigger: 'configure-preview' });
  await insertEvent(kept, 'used', '2026-11-30 23:59:59.999', 'ok', bySource('Old name', 'companies'));
  await insertEvent(kept, 'used', '2026-12-01 00:00:00', 'forbidden', bySource('New name', 'endusers'));
  await insertEvent(kept, 'used', '2026-12-01 08:00:00', 'ok', bySource('New name', 'endusers'));
  // A credential deleted since: its changes stay in the trail, its reads have nothing left to count under.
  await insertEvent(deleted, 'created', '2026-11-29 09:00:00', 'verified');
  await insertEvent(deleted, 'used', '2026-11-29 10:00:00', 'ok', preview('companies'));
  await insertEvent(deleted, 'deleted', '2026-11-29 11:00:00');

  await migrate(db, migrations);
});
afterAll(async () => {
  await db.close();
  await database.drop();
});

describe(`migration ${MIGRATION}`, () => {
  it('folds the "used" events into usage days: reads and failures per day and reader, the latest read’s name, model and outcome', async () => {
    const days = await db.query(
      `SELECT "day"::text, "usedBy", "sourceName", "model", "reads", "failedReads", "lastOutcome", "lastReadAt"::text
       FROM "CredentialUsageDay" WHERE "credentialId" = $1 ORDER BY "day", "sourceName" NULLS LAST`,
      [kept],
    );
    expect(days).toEqual([
      { day: '2026-11-30', usedBy: source, sourceName: 'Old name', model: 'companies', reads: 1, failedReads: 0, lastOutcome: 'ok', lastReadAt: '2026-11-30 23:59:59.999' },
      { day: '2026-11-30', usedBy: 'configure-preview', sourceName: null, model: 'licenses', reads: 2, failedReads: 1, lastOutcome: 'invalid-token', lastReadAt: '2026-11-30 11:00:00' },
      { day: '2026-12-01', usedBy: source, sourceName: 'New name', model: 'endusers', reads: 2, failedReads: 1, lastOutcome: 'ok', lastReadAt: '2026-12-01 08:00:00' },
    ]);
    expect(await db.query(`SELECT "lastUsedAt"::text FROM "Credential" WHERE "id" = $1`, [kept])).toEqual([{ lastUsedAt: '2026-12-01 08:00:00' }]);
    expect(await db.query(`SELECT count(*)::int AS n FROM "CredentialUsageDay" WHERE "credentialId" = $1`, [deleted])).toEqual([{ n: 0 }]);
  });

  it('leaves every change and check in the audit trail and no read', async () => {
    const trail = await db.query(`SELECT "credentialId", "type" FROM "CredentialEvent" WHERE "workspaceId" = $1 ORDER BY "createdAt"`, [workspace]);
    expect(trail).toEqual([
      { credentialId: deleted, type: 'created' },
      { credentialId: deleted, type: 'deleted' },
      { credentialId: kept, type: 'created' },
      { credentialId: kept, type: 'checked' },
    ]);
  });

  it('keeps the audit trail append-only afterwards', async () => {
    await expect(db.query(`DELETE FROM "CredentialEvent" WHERE "workspaceId" = $1`, [workspace])).rejects.toThrow(/append-only/);
    await expect(db.query(`UPDATE "CredentialEvent" SET "type" = 'used' WHERE "workspaceId" = $1`, [workspace])).rejects.toThrow(/append-only/);
  });
});
