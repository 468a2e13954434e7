import 'server-only';
import { getEnv } from '@/lib/env';
import { log } from '@/lib/log';
import { resolveKeyring, type Keyring } from '@/lib/vault';

let keyring: Keyring | undefined;

/** The master keys of this process, from CREDENTIAL_KEYS or the local key file (see lib/vault). */
export function getKeyring(): Keyring {
  if (!keyring) {
    const env = getEnv();
    keyring = resolveKeyring({ credentialKeys: env.CREDENTIAL_KEYS, databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, log: log.warn });
  }
  return keyring;
}
