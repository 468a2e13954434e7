import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { readMigrations } from './migrations';
import { migrate, MigrationError } from './migrator';
import { openSqlConnection, type SqlConnection } from './sql-connection';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function freshDatabase(): Promise<{ database: TestDatabase; connection: SqlConnection }> {
  const database = await createTestDatabase();
  cleanups.push(() => database.drop());
  const connection = await openSqlConnection(database.target);
  cleanups.push(() => connection.close());
  return { database, connection };
}

function migrationsFolder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  for (const [name, sql] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  }
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const tableExists = async (db: SqlConnection, table: string) =>
  (await db.query<{ exists: boolean }>('SELECT to_regclass($1) IS NOT NULL AS exists', [`"${table}"`]))[0]?.exists;

describe('migrator', () => {
  it('applies the project migrations to a fresh database and records them as Prisma Migrate does', async () => {
    const { connection } = await freshDatabase();
    const migrations = readMigrations();

    const result = await migrate(connection, migrations);

    expect(result.applied).toEqual(migrations.map((migration) => migration.name));
    expect(await tableExists(connection, 'Credential')).toBe(true);
    const rows = await connection.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    const first = migrations[0]!;
    const fileBytes = fs.readFileSync(path.resolve('prisma/migrations', first.name, 'migration.sql'));
    expect(rows[0]).toMatchObject({
      migration_name: first.name,
      checksum: createHash('sha256').update(fileBytes).digest('hex'),
      applied_steps_count: 1,
    });
    expect(rows[0]?.finished_at).toBeInstanceOf(Date);
  });

  it('does nothing when run again on an up-to-date database', async () => {
    const { connection } = await freshDatabase();
    await migrate(connection, readMigrations());

    const again = await migrate(connection, readMigrations());

    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(readMigrations().length);
    const [{ count }] = (await connection.query<{ count: number }>('SELECT count(*)::int AS count FROM "_prisma_migrations"')) as [{ count: number }];
    expect(count).toBe(readMigrations().length);
  });

  it('refuses to run when an applied migration file has changed since', async () => {
    const { connection } = await freshDatabase();
    const dir = migrationsFolder({ '20260101000000_first': 'CREATE TABLE "Thing" (id INT);' });
    await migrate(connection, readMigrations(dir));
    fs.appendFileSync(path.join(dir, '20260101000000_first', 'migration.sql'), '\nALTER TABLE "Thing" ADD COLUMN x INT;');

    await expect(migrate(connection, readMigrations(dir))).rejects.toThrow(/20260101000000_first was changed after it was applied/);
  });

  it('rolls back a failing migration completely and names it in the error', async () => {
    const { connection } = await freshDatabase();
    const dir = migrationsFolder({
      '20260101000000_good': 'CREATE TABLE "Good" (id INT);',
      '20260102000000_bad': 'CREATE TABLE "Half" (id INT);\nSELECT no_such_function();',
    });

    const failure = await migrate(connection, readMigrations(dir)).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as Error).message).toMatch(/20260102000000_bad failed and was rolled back.*no_such_function/);
    expect(await tableExists(connection, 'Good')).toBe(true);
    expect(await tableExists(connection, 'Half')).toBe(false);
    const names = await connection.query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations"');
    expect(names.map((row) => row.migration_name)).toEqual(['20260101000000_good']);
  });

  it.runIf(Boolean(process.env.DATABASE_URL))('applies each migration exactly once when two instances migrate at the same time', async () => {
    const { database } = await freshDatabase();
    const dir = migrationsFolder({
      '20260101000000_one': 'CREATE TABLE "One" (id INT); SELECT pg_sleep(0.2);',
      '20260102000000_two': 'CREATE TABLE "Two" (id INT);',
    });
    const [a, b] = await Promise.all([openSqlConnection(database.target), openSqlConnection(database.target)]);
    cleanups.push(() => a.close(), () => b.close());

    const results = await Promise.all([migrate(a, readMigrations(dir)), migrate(b, readMigrations(dir))]);

    expect(results.flatMap((result) => result.applied).sort()).toEqual(['20260101000000_one', '20260102000000_two']);
    const rows = await a.query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations" ORDER BY 1');
    expect(rows.map((row) => row.migration_name)).toEqual(['20260101000000_one', '20260102000000_two']);
  });
});
