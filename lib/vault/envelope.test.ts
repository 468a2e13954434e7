import { createCipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sealedKeyId } from './envelope';
import { parseKeyring } from './keyring';
import { openToken, sealToken } from './seal';
import { randomKeyring, sampleContext as context, sampleToken as token } from './test-keyrings';
import { VaultError } from './vault-error';

const codeOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof VaultError) return error.code;
    throw error;
  }
  return 'no error';
};

describe('the envelope', () => {
  const { keyring } = randomKeyring('key-2024.a');

  it('lays out version, key id, salt, nonce, ciphertext and tag in that order', () => {
    const { sealed } = sealToken(keyring, { token, context });
    expect(sealed.readUInt8(0)).toBe(1);
    expect(sealed.readUInt8(1)).toBe('key-2024.a'.length);
    expect(sealed.toString('ascii', 2, 12)).toBe('key-2024.a');
    expect(sealed.length).toBe(2 + 10 + 16 + 12 + Buffer.byteLength(token) + 16);
  });

  it('opens an envelope built independently from the documented format, so stored tokens stay readable', () => {
    const master = Buffer.alloc(32, 7);
    const [salt, nonce] = [Buffer.alloc(16, 1), Buffer.alloc(12, 2)];
    const dataKey = Buffer.from(hkdfSync('sha256', master, salt, 'planhat-credentials/token/v1', 32));
    const component = (bytes: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, bytes.length]), bytes]);
    const texts = ['k1', context.workspaceId, context.credentialId, context.connector, context.field];
    const aad = Buffer.concat([Buffer.from([1]), ...texts.map((text) => Buffer.from(text))].map(component));
    const cipher = createCipheriv('aes-256-gcm', dataKey, nonce).setAAD(aad);
    const ciphertext = Buffer.concat([cipher.update(token), cipher.final()]);
    const sealed = Buffer.concat([Buffer.from([1, 2]), Buffer.from('k1'), salt, nonce, ciphertext, cipher.getAuthTag()]);
    expect(openToken(parseKeyring(`k1:${master.toString('base64')}`), { sealed, context })).toBe(token);
  });

  it('reveals which key sealed it without the key being needed', () => {
    const { sealed } = sealToken(keyring, { token, context });
    expect(sealedKeyId(sealed)).toBe('key-2024.a');
    expect(sealedKeyId(new Uint8Array(sealed))).toBe('key-2024.a');
  });

  it('reports garbage as malformed when asked for its key id', () => {
    expect(codeOf(() => sealedKeyId(Buffer.alloc(0)))).toBe('malformed');
    expect(codeOf(() => sealedKeyId(Buffer.from([1, 0, ...randomBytes(60)])))).toBe('malformed');
    expect(codeOf(() => sealedKeyId(Buffer.from([1, 200, ...randomBytes(60)])))).toBe('malformed');
    expect(codeOf(() => sealedKeyId(Buffer.from([1, 2, 0x00, 0x7f, ...randomBytes(60)])))).toBe('malformed');
    expect(codeOf(() => sealedKeyId(Buffer.from([1, 2, 0x6b, 0x31, 0, 0])))).toBe('malformed');
  });

  it('reports an unknown format version as unsupported-version', () => {
    const { sealed } = sealToken(keyring, { token, context });
    const future = Buffer.from(sealed);
    future[0] = 2;
    expect(codeOf(() => sealedKeyId(future))).toBe('unsupported-version');
  });
});
