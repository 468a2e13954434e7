import 'server-only';
import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Why the server may not connect to a host, in words for the person who typed it. `reason` lets a
 * caller (webhooks, a connector) say it in its own terms.
 */
export class HostRefusal extends Error {
  override name = 'HostRefusal';
  constructor(
    readonly reason: 'not-found' | 'private-network',
    readonly host: string,
  ) {
    super(
      reason === 'not-found'
        ? `The name ${host} could not be found. Check it for typos.`
        : `${host} leads to a private, local or reserved network, which this server may not connect to. Use a public address.`,
    );
  }
}

export interface CheckedAddress {
  address: string;
  family: 4 | 6;
}

// Cloud metadata services: refused by name even though their ranges (link-local, unique-local) are too.
const METADATA_ADDRESSES = new Set(['169.254.169.254', 'fd00:ec2::254', '100.100.100.200']);

/**
 * Only ordinary public unicast addresses pass: ipaddr.js names every special range (loopback,
 * private, linkLocal, uniqueLocal, carrierGradeNat, multicast, unspecified, reserved, NAT64 and
 * 6to4 prefixes that can embed a private IPv4 address...), so anything but "unicast" is refused.
 * An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 address it is.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  if (METADATA_ADDRESSES.has(parsed.toString())) return false;
  return parsed.range() === 'unicast';
}

const lookupAll = (hostname: string) =>
  new Promise<dns.LookupAddress[]>((resolve, reject) => dns.lookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

/**
 * Resolves a host (a name, an IP address, or an IPv6 address in brackets) to every address it
 * has, and refuses it if any one is not public: the connection could land on either.
 * `allowPrivateNetworks` (for self-hosting and tests) lifts that rule, not the resolution.
 * Connect to the returned addresses, never resolve the name again (no DNS rebinding in between).
 */
export async function checkHost(host: string, { allowPrivateNetworks }: { allowPrivateNetworks: boolean }): Promise<CheckedAddress[]> {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  let addresses: CheckedAddress[];
  if (net.isIP(bare)) addresses = [{ address: bare, family: net.isIP(bare) as 4 | 6 }];
  else {
    try {
      addresses = (await lookupAll(bare)).map(({ address, family }) => ({ address, family: family as 4 | 6 }));
    } catch {
      throw new HostRefusal('not-found', bare);
    }
    if (addresses.length === 0) throw new HostRefusal('not-found', bare);
  }
  if (!allowPrivateNetworks && addresses.some(({ address }) => !isPublicAddress(address))) throw new HostRefusal('private-network', bare);
  return addresses;
}

/**
 * A `lookup` for http(s).request or net.connect that answers with the addresses already checked,
 * so the connection goes where the guard looked, while the Host header and TLS SNI keep the name.
 */
export function pinnedLookup(addresses: CheckedAddress[]): net.LookupFunction {
  return (_hostname, options, callback) => {
    const wanted = options.family === 4 || options.family === 6 ? addresses.filter((entry) => entry.family === options.family) : addresses;
    if (wanted.length === 0) {
      callback(Object.assign(new Error('no checked address of the requested family'), { code: 'ENOTFOUND' }), '', 0);
      return;
    }
    if (options.all) (callback as unknown as (error: null, addresses: CheckedAddress[]) => void)(null, wanted);
    else callback(null, wanted[0]!.address, wanted[0]!.family);
  };
}
