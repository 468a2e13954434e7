import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { getEnv } from '@/lib/env';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseTarget, type DatabaseTarget } from './database-target';
import { openPglite } from './pglite';

export type Db = ReturnType<typeof createClient>;

function createClient(adapter: PrismaPg | PrismaPGlite) {
  // The sealed token is read only where it is opened: every other query leaves it out.
  return new PrismaClient({ adapter, omit: { credential: { sealedToken: true } } });
}

/** A Prisma client for a given database (tests and scripts use their own). */
export async function connectDb(target: DatabaseTarget): Promise<Db> {
  if (target.kind === 'postgres') return createClient(new PrismaPg({ connectionString: target.url }));
  return createClient(new PrismaPGlite(await openPglite(target.dataDir)));
}

const globalForDb = globalThis as unknown as { db?: Promise<Db> };

/** The Prisma client of this process, created once (and kept across dev reloads). */
export function getDb(): Promise<Db> {
  globalForDb.db ??= connectDb(databaseTarget(getEnv()));
  return globalForDb.db;
}
