import 'server-only';
import path from 'node:path';
import type { Env } from '@/lib/env';

export type DatabaseTarget =
  /** statementTimeoutMs: DB_STATEMENT_TIMEOUT (lib/db/postgres-pool.ts bounds every wait with it). */
  | { kind: 'postgres'; url: string; label: string; statementTimeoutMs?: number }
  | { kind: 'pglite'; dataDir: string; label: string };

/** Which database the app uses: Postgres when DATABASE_URL is set, embedded PGlite otherwise. */
export function databaseTarget(env: Pick<Env, 'DATABASE_URL' | 'DATA_DIR'> & Partial<Pick<Env, 'DB_STATEMENT_TIMEOUT'>>): DatabaseTarget {
  if (env.DATABASE_URL) {
    const label = `Postgres at ${describePostgresUrl(env.DATABASE_URL)}`;
    return { kind: 'postgres', url: env.DATABASE_URL, label, statementTimeoutMs: env.DB_STATEMENT_TIMEOUT };
  }
  const dataDir = path.resolve(env.DATA_DIR, 'pglite');
  return { kind: 'pglite', dataDir, label: `embedded PGlite in ${dataDir}` };
}

/** host:port/database, with user and password left out so the log line is safe to share. */
export function describePostgresUrl(url: string): string {
  const parsed = new URL(url);
  const database = parsed.pathname.replace(/^\//, '') || '(default database)';
  return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}/${database}`;
}
