import 'server-only';
import { createCipheriv, createDecipheriv } from 'node:crypto';

// The only parameters the vault uses; the Wycheproof test runs this module with exactly these.
export const AES_256_KEY_BYTES = 32;
export const GCM_NONCE_BYTES = 12;
export const GCM_TAG_BYTES = 16;

function checkParameters(key: Uint8Array, nonce: Uint8Array): void {
  if (key.length !== AES_256_KEY_BYTES) throw new RangeError(`AES-256-GCM needs a ${AES_256_KEY_BYTES}-byte key`);
  if (nonce.length !== GCM_NONCE_BYTES) throw new RangeError(`AES-256-GCM needs a ${GCM_NONCE_BYTES}-byte nonce`);
}

export interface GcmSealed {
  ciphertext: Buffer;
  tag: Buffer;
}

export function gcmEncrypt(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): GcmSealed {
  checkParameters(key, nonce);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: GCM_TAG_BYTES });
  cipher.setAAD(aad);
  const head = cipher.update(plaintext);
  const tail = cipher.final();
  const ciphertext = tail.length === 0 ? head : Buffer.concat([head, tail]);
  return { ciphertext, tag: cipher.getAuthTag() };
}

/**
 * Returns the plaintext, or null when authentication fails. The tag length is checked here
 * because Node 20 would otherwise accept a truncated tag (it authenticates only the bytes given).
 */
export function gcmDecrypt(
  key: Uint8Array,
  nonce: Uint8Array,
  ciphertext: Uint8Array,
  tag: Uint8Array,
  aad: Uint8Array,
): Buffer | null {
  checkParameters(key, nonce);
  if (tag.length !== GCM_TAG_BYTES) return null;
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: GCM_TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  const head = decipher.update(ciphertext);
  try {
    const tail = decipher.final();
    return tail.length === 0 ? head : Buffer.concat([head, tail]);
  } catch {
    // final() throws only for a failed tag check; the unauthenticated output must not escape.
    head.fill(0);
    return null;
  }
}
