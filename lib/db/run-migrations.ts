import 'server-only';
import type { DatabaseTarget } from './database-target';
import { readMigrations } from './migrations';
import { migrate, type MigrationResult } from './migrator';
import { openSqlConnection } from './sql-connection';

/** Brings the database up to date with prisma/migrations. */
export async function runMigrations(target: DatabaseTarget, migrationsDir?: string): Promise<MigrationResult> {
  const connection = await openSqlConnection(target);
  try {
    return await migrate(connection, readMigrations(migrationsDir));
  } finally {
    await connection.close();
  }
}
