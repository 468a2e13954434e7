import 'server-only';
import { checkProviderAddress, type AddressRules } from './issuer-address';
import { SsoSetupProblem } from './sso-problem';

export interface DiscoveredIssuer {
  issuer: string;
  discoveryEndpoint: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  jwksEndpoint: string;
  tokenEndpointAuthentication: 'client_secret_basic' | 'client_secret_post';
}

export const DISCOVERY_TIMEOUT_MS = 8000;
const MAX_DOCUMENT_BYTES = 512 * 1024;

const problem = (message: string) => new SsoSetupProblem('issuer', message);

/** The issuer URL as typed: absolute, no query, fragment or credentials; a trailing slash dropped. */
export function parseIssuerUrl(raw: string): URL {
  const url = URL.parse(raw.trim());
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw problem('Enter the issuer URL in full, starting with https://, e.g. https://login.example.com.');
  if (url.search || url.hash || url.username || url.password) throw problem('The issuer URL has no query, fragment or credentials: copy it as your identity provider shows it.');
  return url;
}

async function fetchDocument(url: string, timeoutMs: number): Promise<unknown> {
  let response: Response;
  try {
    // No redirects: the address checked is the address fetched.
    response = await fetch(url, { headers: { accept: 'application/json' }, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') throw problem(`The identity provider did not answer within ${timeoutMs / 1000} seconds. Check the issuer URL, or try again later.`);
    const code = (error as { cause?: { code?: string } }).cause?.code;
    throw problem(`The identity provider could not be reached${code ? ` (${code})` : ''}. Check the issuer URL and that the provider is online.`);
  }
  if (response.status >= 300 && response.status < 400) throw problem(`${url} redirects elsewhere. Enter the issuer URL exactly as your identity provider shows it.`);
  if (!response.ok) throw problem(`${url} answered HTTP ${response.status}. Check the issuer URL: the discovery document should be at this address.`);
  const text = await response.text();
  if (text.length > MAX_DOCUMENT_BYTES) throw problem(`${url} is not an OpenID discovery document (it is too large).`);
  try {
    return JSON.parse(text);
  } catch {
    throw problem(`${url} did not return JSON. Check the issuer URL: it should lead to an OpenID Connect discovery document.`);
  }
}

function endpointOf(document: Record<string, unknown>, name: string): URL {
  const value = document[name];
  const url = typeof value === 'string' ? URL.parse(value) : null;
  if (!url) throw problem(`The discovery document has no ${name}. This identity provider cannot be used for OpenID Connect sign-in as it is set up.`);
  return url;
}

function authenticationOf(document: Record<string, unknown>): DiscoveredIssuer['tokenEndpointAuthentication'] {
  const methods = document.token_endpoint_auth_methods_supported;
  if (!Array.isArray(methods) || methods.includes('client_secret_basic')) return 'client_secret_basic';
  if (methods.includes('client_secret_post')) return 'client_secret_post';
  throw problem('This identity provider accepts neither client_secret_basic nor client_secret_post, so a client secret cannot be used with it.');
}

/**
 * Fetches the issuer's OpenID discovery document (server-side, with a timeout) and keeps what
 * sign-in needs. The app stores these endpoints itself, so the plugin never discovers at run time.
 */
export async function discoverIssuer(raw: string, rules: AddressRules, timeoutMs = DISCOVERY_TIMEOUT_MS): Promise<DiscoveredIssuer> {
  const url = parseIssuerUrl(raw);
  const issuer = url.href.replace(/\/$/, '');
  await checkProviderAddress(url, 'issuer URL', rules);
  const discoveryEndpoint = `${issuer}/.well-known/openid-configuration`;
  const document = await fetchDocument(discoveryEndpoint, timeoutMs);
  if (!document || typeof document !== 'object' || Array.isArray(document)) throw problem(`${discoveryEndpoint} is not an OpenID discovery document.`);
  const doc = document as Record<string, unknown>;
  // OpenID Connect Discovery 1.0 §4.3: the document's issuer must be the issuer asked for.
  if (typeof doc.issuer !== 'string' || doc.issuer.replace(/\/$/, '') !== issuer) {
    throw problem(`The discovery document names a different issuer (${typeof doc.issuer === 'string' ? doc.issuer : 'none'}). Enter that issuer URL exactly.`);
  }
  const endpoints = { authorizationEndpoint: endpointOf(doc, 'authorization_endpoint'), tokenEndpoint: endpointOf(doc, 'token_endpoint'), jwksEndpoint: endpointOf(doc, 'jwks_uri') };
  for (const [name, endpoint] of Object.entries(endpoints)) await checkProviderAddress(endpoint, `${name} in the discovery document`, rules);
  return {
    issuer: doc.issuer,
    discoveryEndpoint,
    authorizationEndpoint: endpoints.authorizationEndpoint.href,
    tokenEndpoint: endpoints.tokenEndpoint.href,
    jwksEndpoint: endpoints.jwksEndpoint.href,
    tokenEndpointAuthentication: authenticationOf(doc),
  };
}
