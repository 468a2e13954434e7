// Client-safe: the sign-in page turns the error code of a failed single sign-on into words.
// Only known codes are shown: the query string is not the place for a message anyone can craft.

const RESTART = 'The single sign-on attempt expired or was started in another browser. Try again from this page.';

const MESSAGES: Record<string, string> = {
  token_not_verified: 'Your identity provider’s answer could not be verified (its ID token had a wrong signature, audience or issuer). You were not signed in. Ask your workspace owner to check the single sign-on settings.',
  nonce_mismatch: 'Your identity provider’s answer was not issued for this sign-in, so it was refused. You were not signed in. Try again from this page.',
  email_outside_domain: 'Your identity provider signed you in with an email outside the domain it is set up for. You were not signed in.',
  account_not_linked: 'An account with this email already exists and signs in with a password. Sign in with your password instead.',
  invalid_state: RESTART,
  state_mismatch: RESTART,
  state_not_found: RESTART,
  state_invalid: RESTART,
  state_security_mismatch: RESTART,
  access_denied: 'Sign-in was cancelled at your identity provider. You were not signed in.',
  discovery_failed: 'Your identity provider could not be reached. Try again later, or ask your workspace owner to check the single sign-on settings.',
  invalid_provider: 'Your identity provider could not complete the sign-in (it may be misconfigured or unreachable). You were not signed in. Ask your workspace owner to check the single sign-on settings.',
  signup_disabled: 'No account could be created for you with single sign-on. Ask your workspace owner for an invitation.',
};

const FALLBACK = 'Single sign-on did not complete, so you were not signed in. Try again, or sign in with your password.';

/** The words for a failed single sign-on, from the `error` and `error_description` it came back with. */
export function ssoErrorMessage(error: string | undefined, description: string | undefined): string | null {
  if (!error) return null;
  if (description && MESSAGES[description]) return MESSAGES[description];
  const code = error.toLowerCase().replace(/ /g, '_');
  return MESSAGES[code] ?? FALLBACK;
}
