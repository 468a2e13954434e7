import 'server-only';
import pg from 'pg';
import type { DatabaseTarget } from './database-target';
import { openPglite } from './pglite';
import { CONNECT_TIMEOUT_MS } from './postgres-pool';

/** The little the migrator and drift test need from a database: one session, raw SQL. */
export interface SqlConnection {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements (a migration file). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export async function openSqlConnection(target: DatabaseTarget): Promise<SqlConnection> {
  if (target.kind === 'pglite') {
    const pglite = await openPglite(target.dataDir);
    return {
      query: async <Row>(sql: string, params?: unknown[]) => (await pglite.query<Row>(sql, params)).rows,
      exec: async (sql) => void (await pglite.exec(sql)),
      close: async () => {}, // shared with the Prisma client of this process
    };
  }
  // Bounded, so a database host that drops packets fails this attempt instead of hanging startup.
  const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true });
  await client.connect();
  return {
    query: async <Row>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as Row[],
    exec: async (sql) => void (await client.query(sql)),
    close: () => client.end(),
  };
}
