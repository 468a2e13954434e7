import 'server-only';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { readOrCreateSecretFile } from '@/lib/local-secret-file';
import { GENERATE_KEY_COMMAND, KEY_BYTES, KeyringError, formatKeyEntry, parseKeyring, type Keyring } from './keyring';

export const LOCAL_KEY_FILE_NAME = 'credential-keys';

export interface LocalKey {
  keyring: Keyring;
  created: boolean;
  file: string;
}

/** The key in `<dataDir>/credential-keys`, generated on first use and reused afterwards. */
export function loadOrCreateLocalKey(dataDir: string): LocalKey {
  const file = path.join(path.resolve(dataDir), LOCAL_KEY_FILE_NAME);
  const { value, created } = readOrCreateSecretFile(file, () =>
    formatKeyEntry({ id: `local-${randomBytes(3).toString('hex')}`, key: randomBytes(KEY_BYTES) }),
  );
  try {
    return { keyring: parseKeyring(value, `Local key file ${file}`), created, file };
  } catch (error) {
    // Never regenerate over a broken file: tokens sealed with the old key would be lost for good.
    const reason = error instanceof Error ? error.message : String(error);
    throw new KeyringError(`${reason}\nRestore ${file} from a backup; do not delete it while sealed tokens depend on it.`);
  }
}

export interface ResolveKeyringOptions {
  credentialKeys: string | undefined;
  databaseUrl: string | undefined;
  dataDir: string;
  log: (message: string) => void;
}

// Module state, so a dev server re-resolving the keyring does not repeat the warning.
const warnedFiles = new Set<string>();

/**
 * CREDENTIAL_KEYS wins when set. Without it, the embedded database gets a local key file; a shared
 * Postgres does not, since each app instance would invent its own key and fail to open the others' tokens.
 */
export function resolveKeyring({ credentialKeys, databaseUrl, dataDir, log }: ResolveKeyringOptions): Keyring {
  if (credentialKeys !== undefined && credentialKeys.trim() !== '') return parseKeyring(credentialKeys);
  if (databaseUrl !== undefined && databaseUrl.trim() !== '') {
    throw new KeyringError(
      'CREDENTIAL_KEYS is required when DATABASE_URL points to a shared Postgres database, so every app instance ' +
        `seals and opens tokens with the same key. Generate one with: ${GENERATE_KEY_COMMAND}\n` +
        'and set CREDENTIAL_KEYS to its output (keep it secret, and back it up: without it the stored tokens cannot be decrypted).',
    );
  }
  const { keyring, file } = loadOrCreateLocalKey(dataDir);
  if (!warnedFiles.has(file)) {
    warnedFiles.add(file);
    log(`Using a local credential key at ${file}: back it up together with the embedded data; set CREDENTIAL_KEYS for production.`);
  }
  return keyring;
}
