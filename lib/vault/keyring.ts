import 'server-only';
import { inspect } from 'node:util';
import { KeyringError } from './keyring-error';

export { KeyringError };

export const KEY_BYTES = 32;
export const KEY_ID_PATTERN = /^[A-Za-z0-9._-]{1,32}$/;
// Canonical, padded standard base64; anything else is rejected rather than silently "fixed",
// because Buffer.from(x, 'base64') ignores stray characters and would accept a mistyped key.
const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export const GENERATE_KEY_COMMAND = `node -e "console.log('k1:' + require('crypto').randomBytes(32).toString('base64'))"`;

export interface KeyringKey {
  readonly id: string;
  readonly key: Buffer;
}

export interface Keyring {
  /** The key new tokens are sealed with: the first entry. */
  readonly activeKey: KeyringKey;
  /** Every key id, active first; all of them can open tokens. */
  readonly ids: readonly string[];
  get(id: string): KeyringKey | undefined;
}

/** Builds a keyring from already-validated keys; the first one is active. */
export function createKeyring(keys: readonly KeyringKey[]): Keyring {
  const [activeKey] = keys;
  if (!activeKey) throw new KeyringError('A keyring needs at least one key.');
  const byId = new Map(keys.map((entry) => [entry.id, entry]));
  const ids = Object.freeze(keys.map((entry) => entry.id));
  const keyring: Keyring = { activeKey, ids, get: (id) => byId.get(id) };
  // Keep key bytes out of console.log / JSON.stringify of the keyring itself.
  Object.defineProperty(keyring, inspect.custom, { value: () => `Keyring { ids: [${ids.join(', ')}] }` });
  Object.defineProperty(keyring, 'toJSON', { value: () => ({ ids }) });
  return keyring;
}

/**
 * Parses `keyId:base64key` entries separated by commas (CREDENTIAL_KEYS format).
 * `source` names where the value came from, for error messages.
 */
export function parseKeyring(value: string, source = 'CREDENTIAL_KEYS'): Keyring {
  const fix = `Each entry must be keyId:base64key with a 32-byte key; generate one with: ${GENERATE_KEY_COMMAND}`;
  if (value.trim() === '') throw new KeyringError(`${source} is empty. ${fix}`);

  const keys: KeyringKey[] = [];
  const entries = value.split(',');
  entries.forEach((rawEntry, index) => {
    const where = `${source} entry ${index + 1} of ${entries.length}`;
    const entry = rawEntry.trim();
    if (entry === '') throw new KeyringError(`${where} is empty (check for a stray comma). ${fix}`);

    const colon = entry.indexOf(':');
    // Without a colon the entry may be a bare key, so nothing of it is echoed.
    if (colon === -1) throw new KeyringError(`${where} has no key id: expected keyId:base64key. ${fix}`);

    const id = entry.slice(0, colon).trim();
    const encoded = entry.slice(colon + 1).trim();
    if (!KEY_ID_PATTERN.test(id)) {
      throw new KeyringError(
        `${where} has an invalid key id: use 1-32 characters from A-Z a-z 0-9 . _ - (the id is not shown in case it holds key material).`,
      );
    }
    const named = `${where} (key id "${id}")`;
    if (encoded === '') throw new KeyringError(`${named} has no key after the colon. ${fix}`);
    if (!BASE64_PATTERN.test(encoded)) {
      throw new KeyringError(`${named} is not valid standard base64 (A-Z a-z 0-9 + / with = padding). ${fix}`);
    }
    const key = Buffer.from(encoded, 'base64');
    if (key.length !== KEY_BYTES) {
      throw new KeyringError(`${named} decodes to ${key.length} bytes; it must be exactly ${KEY_BYTES}. ${fix}`);
    }
    const earlier = keys.findIndex((existing) => existing.id === id);
    if (earlier !== -1) {
      throw new KeyringError(`${named} repeats the key id of entry ${earlier + 1}; key ids must be unique.`);
    }
    keys.push({ id, key });
  });
  return createKeyring(keys);
}

/** The `keyId:base64key` text for one key (used for the local key file). */
export const formatKeyEntry = ({ id, key }: KeyringKey): string => `${id}:${key.toString('base64')}`;
