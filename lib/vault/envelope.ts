import 'server-only';
import { GCM_NONCE_BYTES, GCM_TAG_BYTES } from './aes-gcm';
import { KEY_ID_PATTERN } from './keyring';
import { VaultError } from './vault-error';

/*
 * Envelope layout (one Buffer, stored as-is):
 *   [version = 1][key id length][key id, ASCII][salt, 16][nonce, 12][ciphertext, >= 1][tag, 16]
 * The header is in the clear so rotation can tell which key sealed a token without decrypting;
 * it is still authenticated, because the version and key id are part of the AAD.
 */
export const ENVELOPE_VERSION = 1;
export const SALT_BYTES = 16;
const MAX_KEY_ID_BYTES = 32;
// Tokens are never empty, so an envelope without ciphertext bytes is broken by definition.
const MIN_CIPHERTEXT_BYTES = 1;

export interface Envelope {
  version: number;
  keyId: string;
  salt: Buffer;
  nonce: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

const malformed = (reason: string) => new VaultError('malformed', `Sealed token is malformed: ${reason}.`);

/** Views any Uint8Array (e.g. a Prisma Bytes value) as a Buffer without copying. */
export const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Splits an envelope into views of its parts; throws VaultError for anything structurally wrong. */
export function parseEnvelope(sealed: Uint8Array): Envelope {
  const bytes = asBuffer(sealed);
  if (bytes.length < 2) throw malformed(`only ${bytes.length} bytes`);
  const version = bytes.readUInt8(0);
  if (version !== ENVELOPE_VERSION) {
    throw new VaultError('unsupported-version', `Sealed token has format version ${version}; this app reads version ${ENVELOPE_VERSION}.`);
  }
  const keyIdLength = bytes.readUInt8(1);
  if (keyIdLength === 0 || keyIdLength > MAX_KEY_ID_BYTES) throw malformed(`key id length ${keyIdLength} is out of range`);

  const saltStart = 2 + keyIdLength;
  const nonceStart = saltStart + SALT_BYTES;
  const ciphertextStart = nonceStart + GCM_NONCE_BYTES;
  const minimum = ciphertextStart + MIN_CIPHERTEXT_BYTES + GCM_TAG_BYTES;
  if (bytes.length < minimum) throw malformed(`${bytes.length} bytes is shorter than the minimum of ${minimum}`);

  const keyId = bytes.toString('latin1', 2, saltStart);
  // Invalid ids are not echoed: they are attacker- or corruption-controlled bytes.
  if (!KEY_ID_PATTERN.test(keyId)) throw malformed('the key id contains characters a key id cannot have');

  const tagStart = bytes.length - GCM_TAG_BYTES;
  return {
    version,
    keyId,
    salt: bytes.subarray(saltStart, nonceStart),
    nonce: bytes.subarray(nonceStart, ciphertextStart),
    ciphertext: bytes.subarray(ciphertextStart, tagStart),
    tag: bytes.subarray(tagStart),
  };
}

/** Assembles an envelope; the inverse of parseEnvelope. */
export function encodeEnvelope({ version, keyId, salt, nonce, ciphertext, tag }: Envelope): Buffer {
  const keyIdLength = Buffer.byteLength(keyId, 'latin1');
  const out = Buffer.allocUnsafe(2 + keyIdLength + salt.length + nonce.length + ciphertext.length + tag.length);
  let offset = out.writeUInt8(version, 0);
  offset = out.writeUInt8(keyIdLength, offset);
  offset += out.write(keyId, offset, 'latin1');
  offset += salt.copy(out, offset);
  offset += nonce.copy(out, offset);
  offset += ciphertext.copy(out, offset);
  tag.copy(out, offset);
  return out;
}

/** Reads which key sealed a token, without decrypting it (used by key rotation). */
export const sealedKeyId = (sealed: Uint8Array): string => parseEnvelope(sealed).keyId;
