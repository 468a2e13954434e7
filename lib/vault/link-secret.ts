import 'server-only';
import { createHash, createHmac } from 'node:crypto';
import { hkdfSha256 } from './hkdf';
import type { Keyring } from './keyring';

/*
 * A credential request link's secret, derived rather than stored: HMAC-SHA256 under a key derived
 * from a vault key (own HKDF info string) over the request's id and a random salt. The database keeps
 * the salt and the secret's SHA-256; without the vault key the salt opens nothing, and with it the
 * server can show the same link to its requester again. 256 bits, base64url without padding.
 */
const LINK_KEY_INFO = Buffer.from('planhat-credentials/request-link/v1');
const NO_SALT = Buffer.alloc(0);

/** The secret of request `id` made with vault key `keyId`; null once that key has left the ring. */
export function linkSecretFor(keyring: Keyring, { keyId, id, salt }: { keyId: string; id: string; salt: string }): string | null {
  const entry = keyring.get(keyId);
  if (!entry) return null;
  const linkKey = hkdfSha256(entry.key, NO_SALT, LINK_KEY_INFO);
  try {
    return createHmac('sha256', linkKey).update(`${id}|${salt}`, 'utf8').digest('base64url');
  } finally {
    linkKey.fill(0);
  }
}

/** What the database stores to find a link by its secret. */
export const linkSecretHash = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');
