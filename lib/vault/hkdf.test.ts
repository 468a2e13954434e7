import { hkdfSync, randomBytes, randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hkdfSha256 } from './hkdf';

describe('hkdfSha256', () => {
  it('reproduces the RFC 5869 SHA-256 test case 1 output', () => {
    const ikm = Buffer.alloc(22, 0x0b);
    const salt = Buffer.from('000102030405060708090a0b0c', 'hex');
    const info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex');
    expect(hkdfSha256(ikm, salt, info).toString('hex')).toBe(
      '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf',
    );
  });

  it('equals crypto.hkdfSync for random keys, salts (including empty ones) and info strings', () => {
    for (let round = 0; round < 500; round++) {
      const ikm = randomBytes(randomInt(1, 80));
      const salt = randomBytes(round % 10 === 0 ? 0 : randomInt(0, 100));
      const info = randomBytes(randomInt(0, 64));
      const expected = Buffer.from(hkdfSync('sha256', ikm, salt, info, 32));
      expect(hkdfSha256(ikm, salt, info).equals(expected)).toBe(true);
    }
  });

  it('gives different keys for different salts under the same master key', () => {
    const ikm = randomBytes(32);
    const info = Buffer.from('info');
    expect(hkdfSha256(ikm, Buffer.alloc(16, 1), info).equals(hkdfSha256(ikm, Buffer.alloc(16, 2), info))).toBe(false);
  });
});
