import 'server-only';
import { randomBytes } from 'node:crypto';
import { openToken, sealToken, type Keyring, type SealingContext } from '@/lib/vault';

/** Standard Webhooks' secret format: the prefix, then the base64 of the HMAC key (here 32 random bytes). */
export const SECRET_PREFIX = 'whsec_';

export const generateSigningSecret = () => `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;

/** The HMAC key a secret stands for. */
export const signingKeyOf = (secret: string) => Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');

export interface SecretOwner {
  id: string;
  workspaceId: string;
}

// Sealed like a token, bound to its endpoint: a sealed secret copied to another row does not open.
const secretContext = (endpoint: SecretOwner): SealingContext => ({
  workspaceId: endpoint.workspaceId,
  credentialId: endpoint.id,
  connector: 'webhook',
  field: 'webhookSecret',
});

/** The columns that hold the secret: its ciphertext and the id of the key that sealed it. */
export function sealedSecretColumns(keyring: Keyring, endpoint: SecretOwner, secret: string) {
  const { sealed, keyId } = sealToken(keyring, { token: secret, context: secretContext(endpoint) });
  return { sealedSecret: new Uint8Array(sealed), keyId };
}

export const openSigningSecret = (keyring: Keyring, endpoint: SecretOwner, sealed: Uint8Array) => openToken(keyring, { sealed, context: secretContext(endpoint) });
