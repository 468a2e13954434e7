import 'server-only';

export type VaultErrorCode = 'unknown-key' | 'tampered' | 'malformed' | 'unsupported-version';

/**
 * Why a sealed token could not be opened. Messages are built only from structural facts
 * (lengths, version numbers, key ids), so they are safe to log: never plaintext, ciphertext or key bytes.
 */
export class VaultError extends Error {
  override name = 'VaultError';

  constructor(
    readonly code: VaultErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const isVaultError = (error: unknown): error is VaultError => error instanceof VaultError;
