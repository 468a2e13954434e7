import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { databaseTarget, type DatabaseTarget } from '@/lib/db/database-target';
import { closePglite } from '@/lib/db/pglite';
import { adminQuery } from './admin-query';

export interface TestDatabase {
  target: DatabaseTarget;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a new database on the Postgres server of
 * DATABASE_URL when it is set (as in CI), else (or when asked for) a throwaway embedded PGlite folder.
 */
export async function createTestDatabase({ kind }: { kind?: 'pglite' } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl || kind === 'pglite') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'credentials-test-'));
    return {
      target: { kind: 'pglite', dataDir, label: `embedded PGlite in ${dataDir}` },
      drop: async () => {
        await closePglite(dataDir);
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    target: databaseTarget({ DATABASE_URL: url.toString(), DATA_DIR: '.data' }),
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

