import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AES_256_KEY_BYTES, GCM_NONCE_BYTES, GCM_TAG_BYTES, gcmDecrypt, gcmEncrypt } from './aes-gcm';

// Shared test data lives beside the repository (<repo>/../shared), wherever the repo is cloned.
const vectorsFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/testdata/wycheproof/aes_gcm_test.json',
);

interface WycheproofCase {
  tcId: number;
  comment: string;
  key: string;
  iv: string;
  aad: string;
  msg: string;
  ct: string;
  tag: string;
  result: 'valid' | 'invalid' | 'acceptable';
}
interface WycheproofGroup {
  keySize: number;
  ivSize: number;
  tagSize: number;
  tests: WycheproofCase[];
}

const { testGroups } = JSON.parse(readFileSync(vectorsFile, 'utf8')) as { testGroups: WycheproofGroup[] };
// Only the parameters the vault uses: AES-256, 96-bit nonce, 128-bit tag.
const cases = testGroups
  .filter((group) => group.keySize === 256 && group.ivSize === 96 && group.tagSize === 128)
  .flatMap((group) => group.tests);
const hex = (value: string) => Buffer.from(value, 'hex');

describe('the AES-256-GCM primitive against Wycheproof vectors', () => {
  it('finds both valid and invalid vectors for the parameters the vault uses', () => {
    expect(cases.filter((c) => c.result === 'valid').length).toBeGreaterThan(0);
    expect(cases.filter((c) => c.result === 'invalid').length).toBeGreaterThan(0);
    expect(cases.every((c) => hex(c.key).length === AES_256_KEY_BYTES && hex(c.iv).length === GCM_NONCE_BYTES)).toBe(true);
  });

  it('encrypts every valid vector to its ciphertext and tag, and decrypts it back', () => {
    let run = 0;
    for (const c of cases.filter((c) => c.result === 'valid')) {
      const { ciphertext, tag } = gcmEncrypt(hex(c.key), hex(c.iv), hex(c.msg), hex(c.aad));
      expect({ id: c.tcId, ct: ciphertext.toString('hex'), tag: tag.toString('hex') }).toEqual({ id: c.tcId, ct: c.ct, tag: c.tag });
      expect(gcmDecrypt(hex(c.key), hex(c.iv), hex(c.ct), hex(c.tag), hex(c.aad))?.toString('hex'), `tcId ${c.tcId}`).toBe(c.msg);
      run++;
    }
    expect(run).toBeGreaterThan(0);
  });

  it('rejects every invalid vector', () => {
    let run = 0;
    for (const c of cases.filter((c) => c.result !== 'valid')) {
      expect(gcmDecrypt(hex(c.key), hex(c.iv), hex(c.ct), hex(c.tag), hex(c.aad)), `tcId ${c.tcId}: ${c.comment}`).toBeNull();
      run++;
    }
    expect(run).toBeGreaterThan(0);
  });

  it('rejects a valid tag truncated to any shorter length, which Node would otherwise accept', () => {
    const c = cases.find((c) => c.result === 'valid' && c.msg.length > 0);
    if (!c) throw new Error('no valid vector with a message');
    for (let length = 0; length < GCM_TAG_BYTES; length++) {
      expect(gcmDecrypt(hex(c.key), hex(c.iv), hex(c.ct), hex(c.tag).subarray(0, length), hex(c.aad)), `tag of ${length} bytes`).toBeNull();
    }
  });
});
