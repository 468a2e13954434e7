import 'server-only';
import { getMetrics } from '@/lib/observability/metrics.js';
import { GCM_NONCE_BYTES, gcmDecrypt, gcmEncrypt } from './aes-gcm';
import { ENVELOPE_VERSION, SALT_BYTES, encodeEnvelope, parseEnvelope } from './envelope';
import { hkdfSha256 } from './hkdf';
import type { Keyring } from './keyring';
import { randomBytesFromPool } from './random-pool';
import { encodeAad, type SealingContext } from './sealing-context';
import { VaultError } from './vault-error';

// Bumping the envelope version must also change this, so keys never repeat across formats.
const TOKEN_KEY_INFO = Buffer.from(`planhat-credentials/token/v${ENVELOPE_VERSION}`);

export interface SealTokenInput {
  token: string;
  context: SealingContext;
}

export interface OpenTokenInput {
  sealed: Uint8Array;
  context: SealingContext;
}

/**
 * Encrypts a token under the keyring's active key. Every seal draws a fresh salt, so each
 * token gets its own AES key and the 96-bit random nonce never has to carry the uniqueness alone.
 */
export function sealToken(keyring: Keyring, input: SealTokenInput): { sealed: Buffer; keyId: string } {
  return counted('seal', () => seal(keyring, input));
}

/** Decrypts a sealed token for exactly the context it was sealed for; throws VaultError otherwise. */
export function openToken(keyring: Keyring, input: OpenTokenInput): string {
  return counted('open', () => open(keyring, input));
}

/** vault_operations_total, by operation and outcome (a failed open is a wrong key or a tampered row). */
function counted<T>(operation: 'seal' | 'open', run: () => T): T {
  const metrics = getMetrics();
  if (!metrics.enabled) return run();
  try {
    const result = run();
    metrics.vaultOperations.inc({ operation, outcome: 'ok' });
    return result;
  } catch (error) {
    metrics.vaultOperations.inc({ operation, outcome: 'failed' });
    throw error;
  }
}

function seal(keyring: Keyring, { token, context }: SealTokenInput): { sealed: Buffer; keyId: string } {
  if (typeof token !== 'string' || token === '') throw new TypeError('Only a non-empty token can be sealed');
  const { id: keyId, key: masterKey } = keyring.activeKey;
  const random = randomBytesFromPool(SALT_BYTES + GCM_NONCE_BYTES);
  const salt = random.subarray(0, SALT_BYTES);
  const nonce = random.subarray(SALT_BYTES);
  const aad = encodeAad(ENVELOPE_VERSION, keyId, context);

  const dataKey = hkdfSha256(masterKey, salt, TOKEN_KEY_INFO);
  const plaintext = Buffer.from(token, 'utf8');
  try {
    const { ciphertext, tag } = gcmEncrypt(dataKey, nonce, plaintext, aad);
    return { sealed: encodeEnvelope({ version: ENVELOPE_VERSION, keyId, salt, nonce, ciphertext, tag }), keyId };
  } finally {
    dataKey.fill(0);
    plaintext.fill(0);
  }
}

function open(keyring: Keyring, { sealed, context }: OpenTokenInput): string {
  const envelope = parseEnvelope(sealed);
  const entry = keyring.get(envelope.keyId);
  if (!entry) {
    throw new VaultError(
      'unknown-key',
      `Sealed token uses key "${envelope.keyId}", which is not in the keyring; add that key back to CREDENTIAL_KEYS to open it.`,
    );
  }
  const aad = encodeAad(envelope.version, envelope.keyId, context);
  const dataKey = hkdfSha256(entry.key, envelope.salt, TOKEN_KEY_INFO);
  try {
    const plaintext = gcmDecrypt(dataKey, envelope.nonce, envelope.ciphertext, envelope.tag, aad);
    if (plaintext === null) {
      throw new VaultError(
        'tampered',
        'Sealed token failed authentication: it was altered, or it belongs to a different workspace, credential, connector or field.',
      );
    }
    const token = plaintext.toString('utf8');
    plaintext.fill(0);
    return token;
  } finally {
    dataKey.fill(0);
  }
}
