import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { e2eDataDir } from './paths';

/**
 * Everything the database holds, as bytes: pg_dump of the Postgres database when DATABASE_URL is
 * set, else every file of the embedded database's folder (tables, WAL).
 */
export function databaseBytes(): Buffer {
  const url = process.env.DATABASE_URL;
  if (url) return execFileSync('pg_dump', ['--data-only', '--no-owner', url], { maxBuffer: 512 * 1024 * 1024 });
  const files: Buffer[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(fs.readFileSync(full));
    }
  };
  walk(path.join(e2eDataDir, 'data', 'pglite'));
  return Buffer.concat(files);
}
