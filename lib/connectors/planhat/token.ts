// Client-safe: the form normalises and validates the pasted token with the same rules as the server.
import { z } from 'zod';

// Planhat does not document its token format, so bounds are generous sanity checks:
// anything shorter is almost certainly a partial paste, anything longer is extra text pasted along.
export const PLANHAT_TOKEN_MIN_LENGTH = 16;
export const PLANHAT_TOKEN_MAX_LENGTH = 2048;

export type TokenNormalisation = { ok: true; token: string } | { ok: false; message: string };

// People paste whole header lines ("Authorization: Bearer …") or the value part ("Bearer …").
const PASTED_PREFIX = /^(?:authorization\s*:\s*)?(?:bearer(?:\s+|$))?/i;

/**
 * Cleans up a pasted token and explains what is wrong with it. Messages never include the
 * token itself: they end up in the UI, and could end up in logs.
 */
export function normalisePlanhatToken(raw: string): TokenNormalisation {
  const token = raw.trim().replace(PASTED_PREFIX, '').trim();
  if (token === '') {
    return { ok: false, message: 'Enter the API Access Token from your Planhat service account.' };
  }
  // Control characters sneak in with some copy sources and would break the Authorization header.
  if (/[\u0000-\u001f\u007f]/.test(token)) {
    return { ok: false, message: 'The token contains invisible control characters. Copy it again from Planhat.' };
  }
  if (/\s/.test(token)) {
    return { ok: false, message: 'The token contains spaces or line breaks. Paste only the token itself.' };
  }
  // Curly quotes and other non-ASCII characters cannot travel in an HTTP header.
  if (/[^\x21-\x7e]/.test(token)) {
    return { ok: false, message: 'The token contains characters that cannot be part of a token, such as curly quotes. Copy it again from Planhat.' };
  }
  if (token.length < PLANHAT_TOKEN_MIN_LENGTH) {
    return { ok: false, message: 'The token looks too short. Make sure you copied the whole token.' };
  }
  if (token.length > PLANHAT_TOKEN_MAX_LENGTH) {
    return { ok: false, message: 'The token is much longer than expected. Paste only the token itself.' };
  }
  return { ok: true, token };
}

/** A pasted token in, a normalised token out; each problem has its own message. */
export const planhatTokenSchema = z.string({ error: 'Enter the API Access Token from your Planhat service account.' }).transform((raw, ctx) => {
  const result = normalisePlanhatToken(raw);
  if (result.ok) return result.token;
  ctx.issues.push({ code: 'custom', message: result.message, input: undefined });
  return z.NEVER;
});
