import 'server-only';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface MigrationFile {
  name: string;
  sql: string;
  /** SHA-256 hex of the file, the checksum Prisma Migrate records. */
  checksum: string;
}

export const defaultMigrationsDir = path.join(process.cwd(), 'prisma', 'migrations');

/** The migrations folder in Prisma Migrate's layout, oldest first. */
export function readMigrations(dir = defaultMigrationsDir): MigrationFile[] {
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(/*turbopackIgnore: true*/ path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, 'migration.sql'));
      return { name, sql: bytes.toString('utf8'), checksum: createHash('sha256').update(bytes).digest('hex') };
    });
}
