import 'server-only';
import { resolveAuthSecret } from '@/lib/auth/auth-secret';
import { getKeyring } from '@/lib/credentials/keyring';
import { closeDb } from '@/lib/db/client';
import { databaseTarget } from '@/lib/db/database-target';
import { retryWhileUnavailable } from '@/lib/db/retry-while-unavailable';
import { runMigrations } from '@/lib/db/run-migrations';
import { ConfigError, getEnv } from '@/lib/env';
import { startHealthDispatcher, stopHealthDispatcher } from '@/lib/health/dispatcher';
import { describeMs } from '@/lib/health/cycles';
import { startWorkers } from '@/lib/jobs/workers';
import { log } from '@/lib/log';
import { observabilityConfigOrThrow } from '@/lib/observability/config.js';
import { onShutdown } from '@/lib/observability/lifecycle.js';
import { KeyringError } from '@/lib/vault';

/**
 * Runs once when a server process starts: validates configuration and brings the database up to
 * date. Any problem stops the process with a message that says what to fix.
 */
export async function boot() {
  try {
    const env = getEnv();
    try {
      observabilityConfigOrThrow(process.env);
    } catch (error) {
      throw new ConfigError((error as Error).message);
    }
    const target = databaseTarget(env);
    log.info(`database: ${target.label}`);
    // Fail now, not at the first request, when keys or secrets are missing or malformed.
    const keyring = getKeyring();
    log.info(`credential keys: ${keyring.ids.join(', ')} (active: ${keyring.activeKey.id})`);
    resolveAuthSecret(env);
    // A database that is still starting (or restarting) is waited for, up to DB_CONNECT_TIMEOUT.
    const result = await retryWhileUnavailable(() => runMigrations(target), { timeoutMs: env.DB_CONNECT_TIMEOUT, label: target.label });
    log.info(
      result.applied.length
        ? `applied migrations: ${result.applied.join(', ')}`
        : `database schema is up to date (${result.alreadyApplied} migrations)`,
    );
    // Background work (health checks, alerts) runs on every instance; a job queue that cannot start stops the process.
    const boss = await startWorkers();
    startHealthDispatcher(boss);
    log.info(`health checks: ${describeMs(env.HEALTH_CHECK_EVERY)} by default, ${env.HEALTH_CHECK_CONCURRENCY} at once on this instance`);
    // server.js runs these on SIGTERM: schedules and workers stop while requests finish, then the database closes.
    onShutdown({ name: 'health check scheduler', phase: 'work', stop: stopHealthDispatcher });
    onShutdown({ name: 'database', phase: 'connections', stop: closeDb });
  } catch (error) {
    const known = error instanceof ConfigError || error instanceof KeyringError;
    log.error(known ? (error as Error).message : `startup failed: ${(error as Error).message}`);
    process.exit(1);
  }
}
