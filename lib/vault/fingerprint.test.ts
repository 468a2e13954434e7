import { createHash, createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprintFor, fingerprintsMatch, matchesAnyFingerprint, tokenFingerprints } from './fingerprint';
import { parseKeyring } from './keyring';
import { randomKeyring, sampleToken as token } from './test-keyrings';

describe('token fingerprints', () => {
  const { keyring, config } = randomKeyring('k1');

  it('are stable for a token, prefixed with the active key id, and differ between tokens', () => {
    const stored = fingerprintFor(keyring, token);
    expect(stored).toMatch(/^k1:[0-9a-f]{64}$/);
    expect(fingerprintFor(keyring, token)).toBe(stored);
    expect(fingerprintFor(keyring, `${token}x`)).not.toBe(stored);
  });

  it('depend on the key, so they cannot be recomputed from the token alone', () => {
    const stored = fingerprintFor(keyring, token);
    expect(fingerprintFor(randomKeyring('k1').keyring, token)).not.toBe(stored);
    expect(stored).not.toContain(createHash('sha256').update(token).digest('hex'));
    // A key derived for fingerprints only, not the master key itself.
    expect(stored).not.toContain(createHmac('sha256', keyring.activeKey.key).update(token).digest('hex'));
  });

  it('still find a token stored before a key rotation, for as long as the old key is in the ring', () => {
    const storedBeforeRotation = fingerprintFor(keyring, token);
    const rotated = parseKeyring(`k2:${randomBytes(32).toString('base64')},${config}`);
    const candidates = tokenFingerprints(rotated, token);
    expect(candidates.map((value) => value.split(':')[0])).toEqual(['k2', 'k1']);
    expect(candidates[0]).toBe(fingerprintFor(rotated, token));
    expect(matchesAnyFingerprint(storedBeforeRotation, candidates)).toBe(true);
    expect(matchesAnyFingerprint(storedBeforeRotation, tokenFingerprints(rotated, `${token}x`))).toBe(false);
  });

  it('compare equal only when identical, and tolerate different lengths', () => {
    const stored = fingerprintFor(keyring, token);
    expect(fingerprintsMatch(stored, `${stored}`)).toBe(true);
    expect(fingerprintsMatch(stored, `${stored.slice(0, -1)}${stored.endsWith('0') ? '1' : '0'}`)).toBe(false);
    expect(fingerprintsMatch(stored, stored.slice(0, -1))).toBe(false);
    expect(fingerprintsMatch('', stored)).toBe(false);
  });
});
