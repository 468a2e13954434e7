import 'server-only';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

/**
 * A statement on the path every API request takes (key check, clash check, insert), run beside
 * Prisma on the same connections; everything else goes through Prisma. On Postgres it is a named
 * prepared statement, parsed and planned once per connection. Measured on the 2-core benchmark
 * machine for the key check: 0.13 ms of Node CPU and 0.20 ms of Postgres CPU, against 0.59 ms and
 * 0.62 ms through Prisma's $queryRaw, which plans it on every call. Because its plan is kept, a
 * statement must fit one index per lookup whatever the table's statistics say (lib/credentials/clashes.ts).
 */
export interface Statement {
  name: string;
  text: string;
  /** Postgres: give up sooner than the pool's own bound (lib/db/postgres-pool.ts). */
  timeoutMs?: number;
}

/** Values are strings, numbers, booleans, null, Buffers (bytea) or arrays of strings (text[]). */
export type SqlValue = string | number | boolean | null | Buffer | string[];

export interface SqlRunner {
  query<Row>(statement: Statement, values: SqlValue[]): Promise<{ rows: Row[]; rowCount: number }>;
}

export function postgresRunner(pool: pg.Pool): SqlRunner {
  return {
    async query<Row>({ name, text, timeoutMs }: Statement, values: SqlValue[]) {
      const result = await pool.query({ name, text, values, ...(timeoutMs && { query_timeout: timeoutMs }) });
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
    },
  };
}

export function pgliteRunner(pglite: PGlite): SqlRunner {
  return {
    async query<Row>({ text }: Statement, values: SqlValue[]) {
      const result = await pglite.query<Row>(text, values);
      return { rows: result.rows, rowCount: result.affectedRows ?? 0 };
    },
  };
}

/** Statements whose text depends on a count (e.g. one placeholder per key in the keyring), made once per count. */
export function statementVariants(name: string, text: (count: number) => string): (count: number) => Statement {
  const made = new Map<number, Statement>();
  return (count) => {
    let statement = made.get(count);
    if (!statement) made.set(count, (statement = { name: `${name}_${count}`, text: text(count) }));
    return statement;
  };
}
