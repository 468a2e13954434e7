import 'server-only';
import { openToken, sealToken, type Keyring, type SealingContext } from '@/lib/vault';

/** Where a provider's client secret belongs: a sealed secret copied to another row does not open. */
export interface SecretOwner {
  workspaceId: string;
  providerId: string;
}

const secretContext = (owner: SecretOwner): SealingContext => ({
  workspaceId: owner.workspaceId,
  credentialId: owner.providerId,
  connector: 'sso-oidc',
  field: 'clientSecret',
});

/** The fields that stand for the secret inside the stored oidcConfig: ciphertext (base64) and key id. */
export function sealClientSecret(keyring: Keyring, owner: SecretOwner, secret: string) {
  const { sealed, keyId } = sealToken(keyring, { token: secret, context: secretContext(owner) });
  return { sealedClientSecret: sealed.toString('base64'), secretKeyId: keyId };
}

export const openClientSecret = (keyring: Keyring, owner: SecretOwner, sealedBase64: string) =>
  openToken(keyring, { sealed: new Uint8Array(Buffer.from(sealedBase64, 'base64')), context: secretContext(owner) });
