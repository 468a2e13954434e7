import 'server-only';

// Better Auth's SSO plugin maps `picture` to the user's image, which this app refuses
// (lib/auth/user-fields.ts); pointing it at a claim no provider sends leaves the image out.
export const NO_IMAGE_CLAIM = 'credential-manager-stores-no-image';

/**
 * The provider's OpenID configuration as stored in ssoProvider.oidcConfig (JSON text the plugin
 * reads). The client secret is held only sealed; lib/auth/sso/sso-secret-extension.ts puts the
 * opened secret in where the plugin reads a row, and nowhere else. No userInfoEndpoint, on
 * purpose: the plugin then takes the person from the verified ID token, whose `nonce` the app
 * checks (lib/auth/sso/sso-nonce.ts); a userinfo answer carries no nonce.
 */
export interface StoredOidcConfig {
  issuer: string;
  clientId: string;
  sealedClientSecret: string;
  secretKeyId: string;
  discoveryEndpoint: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  jwksEndpoint: string;
  tokenEndpointAuthentication: 'client_secret_basic' | 'client_secret_post';
  pkce: true;
  scopes: string[];
  mapping: { id: string; email: string; emailVerified: string; name: string; image: string };
}

export const SSO_SCOPES = ['openid', 'email', 'profile'];

export const SSO_MAPPING: StoredOidcConfig['mapping'] = { id: 'sub', email: 'email', emailVerified: 'email_verified', name: 'name', image: NO_IMAGE_CLAIM };

export function parseStoredOidcConfig(text: string | null): StoredOidcConfig | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as Partial<StoredOidcConfig>;
    return typeof parsed.clientId === 'string' && typeof parsed.sealedClientSecret === 'string' ? (parsed as StoredOidcConfig) : null;
  } catch {
    return null;
  }
}
