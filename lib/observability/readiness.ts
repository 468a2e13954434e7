import 'server-only';
import { getKeyring } from '@/lib/credentials/keyring';
import { getDb } from '@/lib/db/client';
import { databaseAnswers } from '@/lib/db/database-health';
import { readMigrations } from '@/lib/db/migrations';
import { isShuttingDown, workersStarted } from './lifecycle.js';

export type ReadinessCheck = 'accepting' | 'database' | 'migrations' | 'keys' | 'queue';
export interface Readiness {
  ready: boolean;
  /** Each check: "ok", or what is wrong in words an operator can act on. */
  checks: Record<ReadinessCheck, string>;
}

async function pendingMigrations(): Promise<string[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const applied = new Set(rows.map((row) => row.migration_name));
  return readMigrations().map((migration) => migration.name).filter((name) => !applied.has(name));
}

function keysProblem(): string | null {
  try {
    getKeyring();
    return null;
  } catch (error) {
    return `the credential keys did not load (${(error as Error).name})`;
  }
}

/** Whether this instance should get traffic: what /api/health/ready answers. */
export async function readiness(): Promise<Readiness> {
  const database = await databaseAnswers();
  const pending = database ? await pendingMigrations().catch(() => null) : null;
  const keys = keysProblem();
  const checks: Record<ReadinessCheck, string> = {
    accepting: isShuttingDown() ? 'shutting down: finishing the requests in flight' : 'ok',
    database: database ? 'ok' : 'the database is not reachable',
    migrations:
      pending === null ? 'unknown until the database answers' : pending.length ? `${pending.length} migrations not applied (${pending.join(', ')})` : 'ok',
    keys: keys ?? 'ok',
    queue: workersStarted() ? 'ok' : 'the job queue has not started',
  };
  return { ready: Object.values(checks).every((check) => check === 'ok'), checks };
}
