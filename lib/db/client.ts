import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { getEnv } from '@/lib/env';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseTarget, type DatabaseTarget } from './database-target';
import { closePglite, openPglite } from './pglite';
import { createPostgresPool } from './postgres-pool';
import { pgliteRunner, postgresRunner, type SqlRunner } from './sql';

export type Db = ReturnType<typeof createClient>;

function createClient(adapter: PrismaPg | PrismaPGlite) {
  // Sealed tokens and webhook secrets are read only where they are opened: every other query leaves them out.
  return new PrismaClient({ adapter, omit: { credential: { sealedToken: true }, webhookEndpoint: { sealedSecret: true } } });
}

const globalForDb = globalThis as unknown as { db?: Promise<Db>; runners?: WeakMap<Db, SqlRunner>; pools?: WeakMap<Db, pg.Pool> };
const runners = (globalForDb.runners ??= new WeakMap());
const pools = (globalForDb.pools ??= new WeakMap());

/** The hot-path statement runner on the same connections as `db` (lib/db/sql.ts). */
export function sqlOf(db: Db): SqlRunner {
  const runner = runners.get(db);
  if (!runner) throw new Error('This Prisma client was not made by connectDb.');
  return runner;
}

/** A Prisma client for a given database (tests and scripts use their own). */
export async function connectDb(target: DatabaseTarget): Promise<Db> {
  if (target.kind === 'postgres') {
    const pool = createPostgresPool(target.url, target.statementTimeoutMs);
    const db = createClient(new PrismaPg(pool, { disposeExternalPool: true }));
    runners.set(db, postgresRunner(pool));
    pools.set(db, pool);
    return db;
  }
  const pglite = await openPglite(target.dataDir);
  const db = createClient(new PrismaPGlite(pglite));
  runners.set(db, pgliteRunner(pglite));
  return db;
}

/** Closes a client made by connectDb with all its connections (Prisma leaves a pool it never used open). */
export async function disconnectDb(db: Db) {
  await db.$disconnect();
  const pool = pools.get(db);
  if (pool && !pool.ended) await pool.end();
}

/** The Prisma client of this process, created once (and kept across dev reloads). */
export function getDb(): Promise<Db> {
  globalForDb.db ??= connectDb(databaseTarget(getEnv()));
  return globalForDb.db;
}

/** Shutdown: closes this process's client, its pool and (on the embedded database) PGlite, cleanly. */
export async function closeDb() {
  const opened = globalForDb.db;
  globalForDb.db = undefined;
  const db = await opened?.catch(() => undefined);
  if (db) await disconnectDb(db);
  const target = databaseTarget(getEnv());
  if (target.kind === 'pglite') await closePglite(target.dataDir);
}
