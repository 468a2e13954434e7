import 'server-only';
import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

/** Why a webhook URL may not be used, in words for the person who typed it. */
export class WebhookUrlRefusal extends Error {
  override name = 'WebhookUrlRefusal';
}

export interface CheckedAddress {
  address: string;
  family: 4 | 6;
}

/** A URL that passed the guard, with the addresses it resolved to: connect to these, never resolve again. */
export interface CheckedUrl {
  url: URL;
  addresses: CheckedAddress[];
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
 * Checks a webhook URL where it will be used: https:// only, and every address its host resolves
 * to must be public (one private answer among public ones is enough to refuse: the connection
 * could land on either). `allowPrivateNetworks` (WEBHOOK_ALLOW_PRIVATE_NETWORKS) lifts both rules.
 */
export async function checkWebhookUrl(raw: string, { allowPrivateNetworks }: { allowPrivateNetworks: boolean }): Promise<CheckedUrl> {
  if (!URL.canParse(raw)) throw new WebhookUrlRefusal('This is not a web address. Enter the full address, starting with https://.');
  const url = new URL(raw);
  if (url.protocol !== 'https:' && !(allowPrivateNetworks && url.protocol === 'http:')) {
    throw new WebhookUrlRefusal('Use an https:// address: events are only sent over an encrypted connection.');
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: CheckedAddress[];
  if (net.isIP(host)) addresses = [{ address: host, family: net.isIP(host) as 4 | 6 }];
  else {
    try {
      addresses = (await lookupAll(host)).map(({ address, family }) => ({ address, family: family as 4 | 6 }));
    } catch {
      throw new WebhookUrlRefusal(`The name ${host} could not be found. Check the address for typos.`);
    }
    if (addresses.length === 0) throw new WebhookUrlRefusal(`The name ${host} could not be found. Check the address for typos.`);
  }
  if (!allowPrivateNetworks && addresses.some(({ address }) => !isPublicAddress(address))) {
    throw new WebhookUrlRefusal('This address leads to a private, local or reserved network, which webhooks may not call. Use a public https:// address.');
  }
  return { url, addresses };
}

/**
 * A `lookup` for http(s).request that answers with the addresses already checked, so the
 * connection goes where the guard looked (no second resolution, no DNS rebinding in between),
 * while the Host header and TLS SNI keep the hostname.
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
