// npm run db:migrate — applies pending migrations to the configured database.
import nextEnv from '@next/env';
import { databaseTarget } from '@/lib/db/database-target';
import { retryWhileUnavailable } from '@/lib/db/retry-while-unavailable';
import { runMigrations } from '@/lib/db/run-migrations';
import { getEnv } from '@/lib/env';

nextEnv.loadEnvConfig(process.cwd());

try {
  const target = databaseTarget(getEnv());
  console.log(`Migrating ${target.label}`);
  const { applied, alreadyApplied } = await retryWhileUnavailable(() => runMigrations(target), { timeoutMs: getEnv().DB_CONNECT_TIMEOUT, label: target.label });
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : `Up to date (${alreadyApplied} migrations applied before).`);
  process.exit(0);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
