import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffShapes, shapeFromDatabase, shapeFromPrismaSchema } from '@/lib/testing/schema-shape';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { readMigrations } from './migrations';
import { migrate } from './migrator';
import { openSqlConnection, type SqlConnection } from './sql-connection';

let database: TestDatabase;
let connection: SqlConnection;

beforeAll(async () => {
  database = await createTestDatabase();
  connection = await openSqlConnection(database.target);
  await migrate(connection, readMigrations());
});
afterAll(async () => {
  await connection.close();
  await database.drop();
});

describe('schema drift', () => {
  it('finds the migrated database identical to the Prisma schema', async () => {
    const expected = await shapeFromPrismaSchema(path.resolve('prisma/schema.prisma'));
    const actual = await shapeFromDatabase(connection);

    expect(expected.length).toBeGreaterThan(10);
    expect(diffShapes(expected, actual).join('\n')).toBe('');
  });

  it('reports a column whose nullability differs from the schema', async () => {
    const expected = await shapeFromPrismaSchema(path.resolve('prisma/schema.prisma'));
    await connection.exec('ALTER TABLE "Credential" ALTER COLUMN "tokenHint" DROP NOT NULL');
    try {
      const diff = diffShapes(expected, await shapeFromDatabase(connection));
      expect(diff).toEqual([
        '- column Credential.tokenHint text not null default=none',
        '+ column Credential.tokenHint text null default=none',
      ]);
    } finally {
      await connection.exec('ALTER TABLE "Credential" ALTER COLUMN "tokenHint" SET NOT NULL');
    }
  });
});
