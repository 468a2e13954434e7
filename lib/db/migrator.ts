import 'server-only';
import { randomUUID } from 'node:crypto';
import type { MigrationFile } from './migrations';
import type { SqlConnection } from './sql-connection';

export class MigrationError extends Error {
  override name = 'MigrationError';
}

// The key Prisma Migrate itself locks on, so this migrator and `prisma migrate deploy` exclude each other.
const PRISMA_MIGRATE_LOCK = 72707369;

// Prisma Migrate's own bookkeeping table, column for column.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

/**
 * Applies pending migrations in order, each inside its own transaction together with its
 * bookkeeping row, under an advisory lock so concurrent app instances apply each one once.
 */
export async function migrate(db: SqlConnection, migrations: MigrationFile[]): Promise<MigrationResult> {
  await db.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK]);
  try {
    await db.exec(CREATE_MIGRATIONS_TABLE);
    const applied = await db.query<AppliedRow>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    );
    verifyHistory(applied, migrations);
    const done = new Set(applied.map((row) => row.migration_name));
    const pending = migrations.filter((migration) => !done.has(migration.name));
    for (const migration of pending) await applyOne(db, migration);
    return { applied: pending.map((migration) => migration.name), alreadyApplied: done.size };
  } finally {
    await db.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK]);
  }
}

function verifyHistory(applied: AppliedRow[], migrations: MigrationFile[]) {
  const files = new Map(migrations.map((migration) => [migration.name, migration]));
  for (const row of applied) {
    const file = files.get(row.migration_name);
    if (!row.finished_at) {
      throw new MigrationError(
        `Migration ${row.migration_name} is recorded as started but never finished. ` +
          'Check the database by hand, then delete its row from "_prisma_migrations" and start again.',
      );
    }
    if (!file) {
      throw new MigrationError(
        `Migration ${row.migration_name} is applied in the database but missing from prisma/migrations. ` +
          'Restore the folder; migrations must never be deleted once applied.',
      );
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.migration_name} was changed after it was applied (checksum mismatch). ` +
          'Revert the file and put the change in a new migration instead.',
      );
    }
  }
}

async function applyOne(db: SqlConnection, migration: MigrationFile) {
  await db.query('BEGIN');
  try {
    await db.exec(migration.sql);
    await db.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back, nothing from it was applied: ${reason}`);
  }
}
