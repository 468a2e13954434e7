import 'server-only';
import dns from 'node:dns/promises';
import net from 'node:net';
import { isPublicAddress } from '@/lib/net/host-guard';
import { isLoopbackHost } from './internal-issuers';
import { SsoSetupProblem } from './sso-problem';

export interface AddressRules {
  /** SSO_INTERNAL_ISSUERS: origins on the operator's network that may be private (http only on loopback). */
  internalOrigins: string[];
  /** BETTER_AUTH_URL is https: then every identity provider must be too, loopback included. */
  httpsOnly: boolean;
}

const isInternal = (url: URL, rules: AddressRules) => rules.internalOrigins.includes(url.origin);

/**
 * An address the server may fetch for an identity provider: https on a public address, or an
 * origin the operator listed. Checked before every server-side fetch of discovery, so an owner
 * cannot make the server probe its own network.
 */
export async function checkProviderAddress(url: URL, what: string, rules: AddressRules): Promise<void> {
  const internal = isInternal(url, rules);
  if (url.protocol === 'http:') {
    if (!internal || !isLoopbackHost(url.hostname) || rules.httpsOnly) {
      throw new SsoSetupProblem('issuer', `The ${what} must use https://. Identity providers are only reached over an encrypted connection.`);
    }
    return;
  }
  if (url.protocol !== 'https:') throw new SsoSetupProblem('issuer', `The ${what} must start with https://.`);
  if (internal) return;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  try {
    addresses = net.isIP(host) ? [host] : (await dns.lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
  } catch {
    throw new SsoSetupProblem('issuer', `The name ${host} in the ${what} could not be found. Check the address for typos.`);
  }
  if (addresses.length === 0 || addresses.some((address) => !isPublicAddress(address))) {
    throw new SsoSetupProblem(
      'issuer',
      `The ${what} leads to a private or local network. Use your identity provider's public address, or ask whoever runs this app to list its origin in SSO_INTERNAL_ISSUERS.`,
    );
  }
}
