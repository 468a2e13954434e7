import 'server-only';
import { databaseTarget } from '@/lib/db/database-target';
import { runMigrations } from '@/lib/db/run-migrations';
import { ConfigError, getEnv } from '@/lib/env';
import { log } from '@/lib/log';

/**
 * Runs once when a server process starts: validates configuration and brings the database up to
 * date. Any problem stops the process with a message that says what to fix.
 */
export async function boot() {
  try {
    const target = databaseTarget(getEnv());
    log.info(`database: ${target.label}`);
    const result = await runMigrations(target);
    log.info(
      result.applied.length
        ? `applied migrations: ${result.applied.join(', ')}`
        : `database schema is up to date (${result.alreadyApplied} migrations)`,
    );
  } catch (error) {
    log.error(error instanceof ConfigError ? error.message : `startup failed: ${(error as Error).message}`);
    process.exit(1);
  }
}
