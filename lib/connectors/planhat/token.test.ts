import { describe, expect, it } from 'vitest';
import { normalisePlanhatToken, PLANHAT_TOKEN_MAX_LENGTH, PLANHAT_TOKEN_MIN_LENGTH } from './token';

const token = 'ph_7f3a9c1e5b2d4f6a8c0e2b4d6f8a0c2e';

describe('normalising a pasted Planhat token', () => {
  it.each([
    ['surrounding whitespace', `  ${token}\n`],
    ['a leading "Bearer "', `Bearer ${token}`],
    ['a lower-case "bearer " with extra spaces', `  bearer   ${token} `],
    ['a whole Authorization header line', `Authorization: Bearer ${token}`],
  ])('strips %s', (_, pasted) => {
    expect(normalisePlanhatToken(pasted)).toEqual({ ok: true, token });
  });

  it('keeps a token that merely contains the word bearer', () => {
    expect(normalisePlanhatToken(`xbearer${token}`)).toEqual({ ok: true, token: `xbearer${token}` });
  });

  it.each([
    ['an empty paste', '   ', /Enter the API Access Token/],
    ['only the word Bearer', 'Bearer ', /Enter the API Access Token/],
    ['a space inside', `${token.slice(0, 10)} ${token.slice(10)}`, /spaces or line breaks/],
    ['a line break inside', `${token.slice(0, 10)}\n${token.slice(10)}`, /control characters/],
    ['a NUL character', `${token}\u0000`, /control characters/],
    ['curly quotes', `“${token}”`, /curly quotes/],
    ['a partial paste', token.slice(0, PLANHAT_TOKEN_MIN_LENGTH - 1), /too short/],
    ['an absurd length', 'a'.repeat(PLANHAT_TOKEN_MAX_LENGTH + 1), /much longer than expected/],
  ])('rejects %s with its own message', (_, pasted, message) => {
    const result = normalisePlanhatToken(pasted);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(message);
  });

  it('accepts tokens at both length bounds', () => {
    expect(normalisePlanhatToken('a'.repeat(PLANHAT_TOKEN_MIN_LENGTH)).ok).toBe(true);
    expect(normalisePlanhatToken('a'.repeat(PLANHAT_TOKEN_MAX_LENGTH)).ok).toBe(true);
  });
});
