import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseEnvelope } from './envelope';
import { parseKeyring } from './keyring';
import { openToken, sealToken } from './seal';
import { encodeAad, type SealingContext } from './sealing-context';
import { randomKeyring, sampleContext as context, sampleToken as token } from './test-keyrings';
import { VaultError, type VaultErrorCode } from './vault-error';

function openError(run: () => unknown): VaultError {
  try {
    run();
  } catch (error) {
    if (error instanceof VaultError) return error;
    throw error;
  }
  throw new Error('opening succeeded but should have failed');
}

describe('sealToken and openToken', () => {
  const { keyring } = randomKeyring('k1');

  it('open returns exactly the token that was sealed, including non-ASCII text', () => {
    for (const original of [token, 'x', 'pässwörd-🔑-トークン', 'a'.repeat(4096)]) {
      const { sealed, keyId } = sealToken(keyring, { token: original, context });
      expect(keyId).toBe('k1');
      expect(openToken(keyring, { sealed, context })).toBe(original);
    }
  });

  it('opens a sealed token given as a plain Uint8Array, as Prisma returns Bytes columns', () => {
    const { sealed } = sealToken(keyring, { token, context });
    expect(openToken(keyring, { sealed: new Uint8Array(sealed), context })).toBe(token);
  });

  it('produces a different envelope each time the same token is sealed', () => {
    const first = sealToken(keyring, { token, context }).sealed;
    const second = sealToken(keyring, { token, context }).sealed;
    expect(first.equals(second)).toBe(false);
  });

  it('draws a distinct salt and a distinct nonce for each of 10,000 seals', () => {
    const salts = new Set<string>();
    const nonces = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const envelope = parseEnvelope(sealToken(keyring, { token, context }).sealed);
      salts.add(envelope.salt.toString('hex'));
      nonces.add(envelope.nonce.toString('hex'));
    }
    expect(salts.size).toBe(10_000);
    expect(nonces.size).toBe(10_000);
  });

  it('does not contain the token in the envelope', () => {
    const { sealed } = sealToken(keyring, { token, context });
    expect(sealed.includes(Buffer.from(token.slice(0, 8)))).toBe(false);
  });

  it.each(['workspaceId', 'credentialId', 'connector', 'field'] as const)('fails as tampered when %s differs', (name) => {
    const { sealed } = sealToken(keyring, { token, context });
    const other: SealingContext = { ...context, [name]: `${context[name]}x` };
    expect(openError(() => openToken(keyring, { sealed, context: other })).code).toBe<VaultErrorCode>('tampered');
  });

  it.each(['', '|', ':', '/', '\n', '\0', '\0\0\0\0'])(
    'binds context components unambiguously, so moving text across a %j separator fails',
    (separator) => {
      const left: SealingContext = { ...context, connector: `planhat${separator}api`, field: 'token' };
      const right: SealingContext = { ...context, connector: 'planhat', field: `api${separator}token` };
      expect(encodeAad(1, 'k1', left).equals(encodeAad(1, 'k1', right))).toBe(false);
      const { sealed } = sealToken(keyring, { token, context: left });
      expect(openError(() => openToken(keyring, { sealed, context: right })).code).toBe('tampered');
    },
  );

  it('still opens tokens sealed under an older key after a new active key is added', () => {
    const old = randomKeyring('k1');
    const { sealed } = sealToken(old.keyring, { token, context });
    const rotated = parseKeyring(`k2:${randomBytes(32).toString('base64')},${old.config}`);
    expect(openToken(rotated, { sealed, context })).toBe(token);
    expect(sealToken(rotated, { token, context }).keyId).toBe('k2');
  });

  it('fails with unknown-key, naming the key id but no key bytes, once the sealing key is removed', () => {
    const old = randomKeyring('k-old');
    const { sealed } = sealToken(old.keyring, { token, context });
    const error = openError(() => openToken(keyring, { sealed, context }));
    expect(error.code).toBe('unknown-key');
    expect(error.message).toContain('"k-old"');
    expect(error.message).not.toContain(old.secrets[0]!.slice(0, 8));
  });

  it('fails as tampered when a different key has the same id', () => {
    const { sealed } = sealToken(keyring, { token, context });
    const impostor = randomKeyring('k1').keyring;
    expect(openError(() => openToken(impostor, { sealed, context })).code).toBe('tampered');
  });

  it('refuses to seal an empty token or a context with an empty id', () => {
    expect(() => sealToken(keyring, { token: '', context })).toThrow(TypeError);
    expect(() => sealToken(keyring, { token, context: { ...context, credentialId: '' } })).toThrow(/credentialId/);
  });
});
