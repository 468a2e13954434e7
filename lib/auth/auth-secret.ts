import 'server-only';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ConfigError, type Env } from '@/lib/env';
import { readOrCreateSecretFile } from '@/lib/local-secret-file';
import { log } from '@/lib/log';

/**
 * Better Auth's signing secret: BETTER_AUTH_SECRET when set; on the embedded default a local file
 * generated once; with a shared Postgres it must come from the environment so all instances agree.
 */
export function resolveAuthSecret(env: Pick<Env, 'BETTER_AUTH_SECRET' | 'DATABASE_URL' | 'DATA_DIR'>): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  if (env.DATABASE_URL) {
    throw new ConfigError(
      'BETTER_AUTH_SECRET is required when DATABASE_URL is set, so every app instance signs sessions alike. ' +
        'Generate one with: openssl rand -base64 32',
    );
  }
  const file = path.resolve(env.DATA_DIR, 'auth-secret');
  const { value, created } = readOrCreateSecretFile(file, () => randomBytes(32).toString('base64'));
  if (created) log.warn(`generated a local session secret at ${file}; set BETTER_AUTH_SECRET for production.`);
  return value;
}
