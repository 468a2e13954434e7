import 'server-only';
import { openToken, sealToken, fingerprintFor, type Keyring, type SealingContext } from '@/lib/vault';

/** The row a sealed token is bound to: moving the ciphertext to another row makes it unopenable. */
export interface TokenOwner {
  id: string;
  workspaceId: string;
  connector: string;
}

const TOKEN_FIELD = 'token';

export const tokenContext = (owner: TokenOwner): SealingContext => ({
  workspaceId: owner.workspaceId,
  credentialId: owner.id,
  connector: owner.connector,
  field: TOKEN_FIELD,
});

/** Everything the Credential row stores about a token: ciphertext, key id, hint and fingerprint. */
export function sealedTokenColumns(keyring: Keyring, owner: TokenOwner, token: string) {
  const { sealed, keyId } = sealToken(keyring, { token, context: tokenContext(owner) });
  return {
    sealedToken: new Uint8Array(sealed),
    keyId,
    tokenHint: token.slice(-4),
    tokenFingerprint: fingerprintFor(keyring, token),
  };
}

export function openSealedToken(keyring: Keyring, owner: TokenOwner, sealed: Uint8Array): string {
  return openToken(keyring, { sealed, context: tokenContext(owner) });
}
