import dns from 'node:dns';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkHost, HostRefusal, isPublicAddress, pinnedLookup } from './host-guard';

const strict = { allowPrivateNetworks: false };
const lenient = { allowPrivateNetworks: true };

afterEach(() => vi.restoreAllMocks());

/** Makes dns.lookup answer `addresses` for every name, as a resolver under someone else's control could. */
function resolveTo(...addresses: string[]) {
  vi.spyOn(dns, 'lookup').mockImplementation(((_host: string, _options: unknown, callback: (error: null, answers: dns.LookupAddress[]) => void) =>
    callback(null, addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })))) as unknown as typeof dns.lookup);
}

describe('the host guard', () => {
  it.each(['127.0.0.1', '10.1.2.3', '192.168.1.20', '172.16.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '[::1]', '::ffff:127.0.0.1', 'fd00:ec2::254', 'fe80::1', 'localhost'])(
    'refuses %s, which leads to a private, local or metadata address',
    async (host) => {
      const refusal = await checkHost(host, strict).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(HostRefusal);
      expect(refusal).toMatchObject({ reason: 'private-network', message: expect.stringMatching(/private, local or reserved network/) });
    },
  );

  it('refuses a name when any one of its addresses is private, even if the others are public', async () => {
    resolveTo('93.184.215.14', '10.0.0.7');
    await expect(checkHost('db.example.com', strict)).rejects.toMatchObject({ reason: 'private-network' });
  });

  it('accepts a public name and returns every address it checked', async () => {
    resolveTo('93.184.215.14', '2606:4700::1111');
    await expect(checkHost('db.example.com', strict)).resolves.toEqual([
      { address: '93.184.215.14', family: 4 },
      { address: '2606:4700::1111', family: 6 },
    ]);
  });

  it('says the name could not be found, naming it, when it does not resolve', async () => {
    await expect(checkHost('no-such-host.invalid', strict)).rejects.toMatchObject({ reason: 'not-found', message: 'The name no-such-host.invalid could not be found. Check it for typos.' });
  });

  it('lets private and loopback addresses through when private networks are allowed, still resolving names', async () => {
    await expect(checkHost('127.0.0.1', lenient)).resolves.toEqual([{ address: '127.0.0.1', family: 4 }]);
    const addresses = await checkHost('localhost', lenient);
    expect(addresses.length).toBeGreaterThan(0);
    await expect(checkHost('no-such-host.invalid', lenient)).rejects.toMatchObject({ reason: 'not-found' });
  });

  it('treats only ordinary public unicast addresses as public', () => {
    expect(isPublicAddress('93.184.215.14')).toBe(true);
    expect(isPublicAddress('2606:4700::1111')).toBe(true);
    for (const address of ['127.0.0.1', '::ffff:10.0.0.1', '64:ff9b::a00:1', '2002:a00:1::', '192.0.2.1', '255.255.255.255', 'not an address']) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it('answers a lookup for all addresses, or for one of a family, from the checked list only', () => {
    const lookup = pinnedLookup([{ address: '93.184.215.14', family: 4 }, { address: '2606:4700::1111', family: 6 }]);
    const answers: unknown[] = [];
    lookup('anything', { all: true }, (_error, addresses) => answers.push(addresses));
    lookup('anything', { family: 6 }, (_error, address, family) => answers.push([address, family]));
    expect(answers).toEqual([[{ address: '93.184.215.14', family: 4 }, { address: '2606:4700::1111', family: 6 }], ['2606:4700::1111', 6]]);
  });
});
