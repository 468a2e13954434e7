import 'server-only';

export { VaultError, isVaultError, type VaultErrorCode } from './vault-error';
export { KeyringError, parseKeyring, createKeyring, GENERATE_KEY_COMMAND, type Keyring, type KeyringKey } from './keyring';
export { loadOrCreateLocalKey, resolveKeyring, type LocalKey, type ResolveKeyringOptions } from './local-key';
export { sealToken, openToken, type SealTokenInput, type OpenTokenInput } from './seal';
export { sealedKeyId } from './envelope';
export type { SealingContext } from './sealing-context';
export { fingerprintFor, tokenFingerprints, fingerprintsMatch, matchesAnyFingerprint } from './fingerprint';
export { linkSecretFor, linkSecretHash } from './link-secret';
