// @ts-check
// Plain JavaScript because server.js loads it as it is, before Next and without a TypeScript
// toolchain. Which forwarding headers to believe: those a configured proxy sent, never a client's.
import { BlockList, isIP } from 'node:net';

/** Set by server.js; the app refuses to serve production traffic without it (lib/http/front-door.ts). */
export const FRONT_DOOR = Symbol.for('credential-manager.front-door');

// What a client could send to pose as another address (throttles, audit) or another site (the
// Server Actions origin check compares Origin with X-Forwarded-Host).
const FORWARDING_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip', 'forwarded'];

/** @typedef {{ everyPeer: boolean, proxies: BlockList }} ProxyTrust */

/**
 * Reads TRUST_PROXY_HEADERS (believe whoever connects: only behind a proxy that overwrites the
 * headers) and TRUSTED_PROXIES (believe these addresses or CIDR ranges, and skip them in the chain).
 * @param {Record<string, string | undefined>} env
 * @returns {{ ok: true, trust: ProxyTrust } | { ok: false, problems: string[] }}
 */
export function readProxyTrust(env) {
  const problems = [];
  const flag = (env.TRUST_PROXY_HEADERS ?? '').trim().toLowerCase();
  if (!['', 'true', 'false'].includes(flag)) problems.push('TRUST_PROXY_HEADERS must be true or false (leave it unset unless a proxy that overwrites X-Forwarded-For is the only way in).');
  const proxies = new BlockList();
  for (const entry of (env.TRUSTED_PROXIES ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    if (!addProxy(proxies, entry)) problems.push(`TRUSTED_PROXIES has "${entry}", which is not an IP address or CIDR range; list your proxies like 10.0.0.5,10.0.1.0/24.`);
  }
  return problems.length ? { ok: false, problems } : { ok: true, trust: { everyPeer: flag === 'true', proxies } };
}

/** @param {BlockList} list @param {string} entry */
function addProxy(list, entry) {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length > 0 || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) return false;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (prefix === undefined) list.addAddress(address, type);
  else if (Number(prefix) > (family === 4 ? 32 : 128)) return false;
  else list.addSubnet(address, Number(prefix), type);
  return true;
}

/**
 * One address as written in a header or reported by a socket, without a port or IPv4-mapping.
 * @param {string | undefined} value
 * @returns {string | null}
 */
export function plainAddress(value) {
  let address = (value ?? '').trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  if (/^::ffff:\d{1,3}(?:\.\d{1,3}){3}$/i.test(address)) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : null;
}

/** @param {ProxyTrust} trust @param {string} address */
const isListedProxy = (trust, address) => trust.proxies.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');

/**
 * The client's address: the socket's, unless the socket is a trusted proxy; then the nearest
 * address in X-Forwarded-For that is not itself a listed proxy (the leftmost entries are whatever
 * the client wrote, so the chain is read from the right).
 * @param {ProxyTrust} trust
 * @param {string | undefined} socketAddress
 * @param {string | string[] | undefined} forwardedFor
 */
export function clientAddressFrom(trust, socketAddress, forwardedFor) {
  const peer = plainAddress(socketAddress);
  const trusted = peer !== null && (trust.everyPeer || isListedProxy(trust, peer));
  if (!trusted) return { trusted: false, address: peer };
  const chain = [forwardedFor ?? []].flat().join(',').split(',').map((entry) => entry.trim()).filter(Boolean);
  let nearest = peer;
  for (let index = chain.length - 1; index >= 0; index--) {
    const address = plainAddress(chain[index]);
    // A malformed hop ends what can be believed: the hop that passed it on is the client.
    if (!address) break;
    nearest = address;
    if (!isListedProxy(trust, address)) break;
  }
  return { trusted: true, address: nearest };
}

/**
 * Rewrites a request's headers before Next sees them: from anyone but a trusted proxy, every
 * forwarding header goes (Next then fills X-Forwarded-For from the socket and X-Forwarded-Host from
 * Host); either way X-Forwarded-For ends up holding exactly one address, the client's.
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {string | undefined} socketAddress
 * @param {ProxyTrust} trust
 */
export function rewriteForwardingHeaders(headers, socketAddress, trust) {
  const { trusted, address } = clientAddressFrom(trust, socketAddress, headers['x-forwarded-for']);
  for (const name of trusted ? ['x-real-ip', 'forwarded'] : FORWARDING_HEADERS) delete headers[name];
  if (address) headers['x-forwarded-for'] = address;
  else delete headers['x-forwarded-for'];
}
