import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { hkdfSha256 } from './hkdf';
import type { Keyring, KeyringKey } from './keyring';

/*
 * Keyed fingerprints find duplicate tokens without decrypting anything, and without storing a
 * plain hash that could be brute-forced offline.
 *
 * The rule: a fingerprint is `<keyId>:<hex HMAC-SHA256(fingerprintKey(keyId), token)>`, where the
 * fingerprint key is derived from that master key with its own HKDF info string (so it is
 * independent of the sealing keys). Store `fingerprintFor` (the active key). To look for a
 * duplicate, compute `tokenFingerprints` (one per key in the ring) and match stored values against
 * any of them: a row fingerprinted before a rotation still matches for as long as its key stays in
 * the ring, and rotation rewrites the fingerprint together with the sealed token.
 */
const FINGERPRINT_KEY_INFO = Buffer.from('planhat-credentials/fingerprint/v1');
const NO_SALT = Buffer.alloc(0);

function fingerprintWith({ id, key }: KeyringKey, token: string): string {
  const fingerprintKey = hkdfSha256(key, NO_SALT, FINGERPRINT_KEY_INFO);
  try {
    return `${id}:${createHmac('sha256', fingerprintKey).update(token, 'utf8').digest('hex')}`;
  } finally {
    fingerprintKey.fill(0);
  }
}

/** The fingerprint to store next to a newly sealed token: under the active key. */
export const fingerprintFor = (keyring: Keyring, token: string): string => fingerprintWith(keyring.activeKey, token);

/** The token's fingerprint under every key in the ring, active first, for duplicate lookups. */
export const tokenFingerprints = (keyring: Keyring, token: string): string[] =>
  keyring.ids.map((id) => {
    const entry = keyring.get(id);
    if (!entry) throw new Error(`Keyring lists key id "${id}" but has no key for it`);
    return fingerprintWith(entry, token);
  });

/** Constant-time comparison, so probing stored fingerprints reveals nothing through timing. */
export function fingerprintsMatch(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** True if a stored fingerprint matches any of the candidates from tokenFingerprints. */
export const matchesAnyFingerprint = (stored: string, candidates: readonly string[]): boolean =>
  // Every candidate is compared (no early exit), keeping the timing independent of which one matched.
  candidates.reduce((found, candidate) => fingerprintsMatch(stored, candidate) || found, false);
