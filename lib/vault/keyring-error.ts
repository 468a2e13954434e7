import 'server-only';

/**
 * Thrown when the key configuration is unusable. Messages name the entry position and key id
 * but never any part of the key material, since they end up in logs and error pages.
 */
export class KeyringError extends Error {
  override name = 'KeyringError';
}
