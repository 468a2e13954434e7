// A real OpenID provider for the single sign-on specs: `oidc-provider` 9 in the test process,
// with its own login page (devInteractions: any login, any password), one static client, and
// accounts whose email is the login. Some logins make it answer with a tampered ID token.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import Provider from 'oidc-provider';

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

/** Logins starting with these make the token endpoint's ID token a forgery of that kind. */
export const TAMPERED = {
  /** Right claims, signed with a key the provider never published. */
  signature: 'forged-signature',
  /** Signed with the provider's own key, but for another client. */
  audience: 'wrong-audience',
  /** Signed with the provider's own key, but carrying another sign-in's nonce. */
  nonce: 'wrong-nonce',
} as const;

async function resign(idToken: string, key: CryptoKey | Uint8Array, kid: string, change: Record<string, unknown>) {
  const claims = { ...decodeJwt(idToken), ...change };
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid }).sign(key);
}

export async function startTestIdp({ port, redirectUri }: { port: number; redirectUri: string }): Promise<TestIdp> {
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'credential-manager-e2e';
  const clientSecret = `idp-secret-${crypto.randomUUID()}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid: 'idp-key', alg: 'RS256', use: 'sig' };
  const signingKey = await importJWK(jwk, 'RS256');
  const { privateKey: foreignKey } = await generateKeyPair('RS256');

  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    jwks: { keys: [jwk] },
    cookies: { keys: ['e2e-idp-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // Many providers put the profile in the ID token; the app reads it from there.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    findAccount: async (_ctx, id) => ({
      accountId: id,
      claims: async () => ({ sub: `sub-${id}`, email: id, email_verified: true, name: id.split('@')[0]!.replace(/[^a-z]+/gi, ' ').trim() || 'Test Person' }),
    }),
  });
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path !== '/token' || !body?.id_token) return;
    const email = String(decodeJwt(body.id_token).email ?? '');
    if (email.startsWith(TAMPERED.signature)) body.id_token = await resign(body.id_token, foreignKey, 'idp-key', {});
    else if (email.startsWith(TAMPERED.audience)) body.id_token = await resign(body.id_token, signingKey as CryptoKey, 'idp-key', { aud: 'another-client' });
    else if (email.startsWith(TAMPERED.nonce)) body.id_token = await resign(body.id_token, signingKey as CryptoKey, 'idp-key', { nonce: 'nonce-of-another-sign-in' });
  });

  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', () => resolve()));
  if ((server.address() as AddressInfo).port !== port) throw new Error('the test identity provider is not on its port');
  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
