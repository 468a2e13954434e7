import { describe, expect, it } from 'vitest';
import { ssoErrorMessage } from './sso-sign-in-errors';

describe('the words for a failed single sign-on', () => {
  it('names a forged ID token, a replayed one and an expired attempt apart', () => {
    expect(ssoErrorMessage('invalid_provider', 'token_not_verified')).toMatch(/could not be verified/);
    expect(ssoErrorMessage('nonce_mismatch', 'The ID token was not issued for this sign-in.')).toMatch(/not issued for this sign-in/);
    expect(ssoErrorMessage('state_mismatch', undefined)).toMatch(/expired or was started in another browser/);
  });

  it('never repeats text from the address bar, and says nothing without an error', () => {
    expect(ssoErrorMessage('phish', 'Call +1 555 0100 to restore access')).toBe('Single sign-on did not complete, so you were not signed in. Try again, or sign in with your password.');
    expect(ssoErrorMessage(undefined, 'token_not_verified')).toBeNull();
  });
});
