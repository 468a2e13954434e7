// Client-safe: how long a credential request link stays valid (the form's choices and the API's `expiresIn`).
export const EXPIRY_CHOICES = ['1h', '24h', '7d'] as const;
export type ExpiresIn = (typeof EXPIRY_CHOICES)[number];
export const DEFAULT_EXPIRY: ExpiresIn = '24h';

export const expiryLabels: Record<ExpiresIn, string> = { '1h': '1 hour', '24h': '24 hours', '7d': '7 days' };

const HOUR_MS = 3_600_000;
export const expiryMs: Record<ExpiresIn, number> = { '1h': HOUR_MS, '24h': 24 * HOUR_MS, '7d': 7 * 24 * HOUR_MS };
