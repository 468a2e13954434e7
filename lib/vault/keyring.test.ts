import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { KeyringError, parseKeyring } from './keyring';

const b64 = (bytes: number) => randomBytes(bytes).toString('base64');

/** Every run of 8+ characters of the secret, so even partial echoes are caught. */
function leakedFragment(message: string, secret: string): string | undefined {
  for (let start = 0; start + 8 <= secret.length; start++) {
    const fragment = secret.slice(start, start + 8);
    if (message.includes(fragment)) return fragment;
  }
  return undefined;
}

function errorFrom(config: string): KeyringError {
  try {
    parseKeyring(config);
  } catch (error) {
    if (error instanceof KeyringError) return error;
    throw error;
  }
  throw new Error('parseKeyring accepted a malformed configuration');
}

describe('parseKeyring', () => {
  it('makes the first entry the active key and lets every entry be looked up', () => {
    const [first, second] = [randomBytes(32), randomBytes(32)];
    const keyring = parseKeyring(`k2:${first.toString('base64')},k1:${second.toString('base64')}`);
    expect(keyring.activeKey.id).toBe('k2');
    expect(keyring.activeKey.key.equals(first)).toBe(true);
    expect(keyring.ids).toEqual(['k2', 'k1']);
    expect(keyring.get('k1')?.key.equals(second)).toBe(true);
    expect(keyring.get('k3')).toBeUndefined();
  });

  it('accepts whitespace around entries and around the colon', () => {
    const keyring = parseKeyring(`  k2 : ${b64(32)} ,\n k1:${b64(32)}\n`);
    expect(keyring.ids).toEqual(['k2', 'k1']);
  });

  it('does not show key bytes when the keyring is logged or serialised', () => {
    const secret = b64(32);
    const keyring = parseKeyring(`k1:${secret}`);
    expect(inspect(keyring, { depth: 5 })).not.toContain(secret.slice(0, 8));
    expect(JSON.stringify(keyring)).toBe('{"ids":["k1"]}');
  });

  const good = b64(32);
  const badCases: { name: string; config: string; message: RegExp; secrets: string[] }[] = (() => {
    const short = b64(16);
    const long = b64(33);
    const unpadded = good.replace(/=+$/, '');
    const urlSafe = `${b64(30)}-_`.replace(/=/g, '');
    const withStar = `${good.slice(0, 20)}*${good.slice(21)}`;
    const bare = b64(32);
    const idIsKey = b64(32);
    return [
      { name: 'an empty value', config: '  ', message: /^CREDENTIAL_KEYS is empty\./, secrets: [] },
      { name: 'a stray comma', config: `k1:${good},`, message: /entry 2 of 2 is empty \(check for a stray comma\)/, secrets: [good] },
      { name: 'an entry without a key id', config: `k1:${good}, ${bare}`, message: /entry 2 of 2 has no key id/, secrets: [good, bare] },
      { name: 'an invalid key id', config: `bad id!:${good}`, message: /entry 1 of 1 has an invalid key id/, secrets: [good] },
      { name: 'key material where the id belongs', config: `${idIsKey}:${good}`, message: /entry 1 of 1 has an invalid key id/, secrets: [idIsKey, good] },
      { name: 'an empty key', config: 'k1:', message: /entry 1 of 1 \(key id "k1"\) has no key after the colon/, secrets: [] },
      { name: 'a non-base64 character', config: `k1:${withStar}`, message: /entry 1 of 1 \(key id "k1"\) is not valid standard base64/, secrets: [withStar] },
      { name: 'url-safe base64', config: `k1:${urlSafe}`, message: /\(key id "k1"\) is not valid standard base64/, secrets: [urlSafe] },
      { name: 'missing padding', config: `k1:${unpadded}`, message: /\(key id "k1"\) is not valid standard base64/, secrets: [unpadded] },
      { name: 'a 16-byte key', config: `k1:${good},k2:${short}`, message: /entry 2 of 2 \(key id "k2"\) decodes to 16 bytes; it must be exactly 32/, secrets: [good, short] },
      { name: 'a 33-byte key', config: `k1:${long}`, message: /\(key id "k1"\) decodes to 33 bytes; it must be exactly 32/, secrets: [long] },
      { name: 'a duplicate id', config: `k1:${good},k1:${bare}`, message: /entry 2 of 2 \(key id "k1"\) repeats the key id of entry 1/, secrets: [good, bare] },
    ];
  })();

  it.each(badCases)('rejects $name with a specific message that shows no key material', ({ config, message, secrets }) => {
    const error = errorFrom(config);
    expect(error.message).toMatch(message);
    for (const secret of secrets) expect(leakedFragment(error.message, secret)).toBeUndefined();
  });

  it('tells people how to generate a valid key', () => {
    expect(errorFrom(`k1:${b64(8)}`).message).toContain("require('crypto').randomBytes(32).toString('base64')");
  });
});
