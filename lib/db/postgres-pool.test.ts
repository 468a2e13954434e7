import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { connectDb, disconnectDb, sqlOf, type Db } from './client';
import { openSqlConnection } from './sql-connection';

const ping = { name: 'pool_test_ping', text: 'SELECT 1 AS one' };

describe.runIf(Boolean(process.env.DATABASE_URL))('the Postgres connection pool', () => {
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = await connectDb(database.target);
  });
  afterAll(async () => {
    await disconnectDb(db);
    await database.drop();
  });

  it('survives the database ending its idle connections, as a restart does, and reconnects for the next statement', async () => {
    // Only hot-path statements, as an instance serving API creates runs: Prisma never connects.
    await Promise.all([1, 2, 3].map(() => sqlOf(db).query(ping, [])));

    const admin = await openSqlConnection(database.target);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    await admin.close();
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect((await sqlOf(db).query<{ one: number }>(ping, [])).rows).toEqual([{ one: 1 }]);
  });
});
