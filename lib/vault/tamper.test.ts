import { describe, expect, it } from 'vitest';
import { openToken, sealToken } from './seal';
import { randomKeyring, sampleContext as context, sampleToken as token } from './test-keyrings';
import { VaultError, type VaultErrorCode } from './vault-error';

const ALL_CODES: VaultErrorCode[] = ['unknown-key', 'tampered', 'malformed', 'unsupported-version'];

describe('opening an altered envelope', () => {
  const { keyring, secrets } = randomKeyring('k1');
  const { sealed } = sealToken(keyring, { token, context });
  const headerBytes = 2 + 'k1'.length; // version, key id length, key id

  /** Opens `bytes`, expecting a VaultError; returns its code and checks the message leaks nothing. */
  function failureCode(bytes: Uint8Array): VaultErrorCode {
    let result: unknown;
    try {
      result = openToken(keyring, { sealed: bytes, context });
    } catch (error) {
      if (!(error instanceof VaultError)) throw error;
      for (const secret of [token, secrets[0]!, sealed.toString('base64'), sealed.toString('hex')]) {
        expect(error.message).not.toContain(secret.slice(0, 8));
      }
      return error.code;
    }
    throw new Error(`opening an altered envelope returned ${JSON.stringify(result)}`);
  }

  it('rejects every single-bit flip: as tampered after the header, with a typed code within it', () => {
    let flips = 0;
    for (let byte = 0; byte < sealed.length; byte++) {
      for (let bit = 0; bit < 8; bit++) {
        const altered = Buffer.from(sealed);
        altered[byte] = altered.readUInt8(byte) ^ (1 << bit);
        const code = failureCode(altered);
        if (byte >= headerBytes) expect(code, `byte ${byte} bit ${bit}`).toBe('tampered');
        else expect(ALL_CODES, `byte ${byte} bit ${bit}`).toContain(code);
        flips++;
      }
    }
    expect(flips).toBe(sealed.length * 8);
  });

  it('reports a changed version byte as unsupported-version', () => {
    const altered = Buffer.from(sealed);
    altered[0] = 2;
    expect(failureCode(altered)).toBe('unsupported-version');
  });

  it('rejects every truncation, down to an empty buffer, as malformed or tampered', () => {
    for (let length = 0; length < sealed.length; length++) {
      const code = failureCode(sealed.subarray(0, length));
      expect(['malformed', 'tampered'], `truncated to ${length} bytes`).toContain(code);
    }
    expect(failureCode(Buffer.alloc(0))).toBe('malformed');
    expect(failureCode(Buffer.from([1]))).toBe('malformed');
  });

  it('rejects a tag cut short while the rest of the envelope is intact', () => {
    // Drop the last 4 tag bytes: the parser then reads 4 ciphertext bytes as tag, which must not authenticate.
    expect(['malformed', 'tampered']).toContain(failureCode(sealed.subarray(0, sealed.length - 4)));
  });

  it('rejects bytes appended after the tag as tampered', () => {
    expect(failureCode(Buffer.concat([sealed, Buffer.from([0])]))).toBe('tampered');
  });

  it('rejects an envelope whose ciphertext is empty as malformed rather than opening it to an empty string', () => {
    const withoutCiphertext = Buffer.concat([sealed.subarray(0, headerBytes + 28), sealed.subarray(sealed.length - 16)]);
    expect(failureCode(withoutCiphertext)).toBe('malformed');
  });
});
