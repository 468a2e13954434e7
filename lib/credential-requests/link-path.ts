// Client-safe: where a credential request link leads. The secret rides in the fragment
// (`/credential-request#<secret>`), which browsers never send, so it reaches no server log.
export const REQUEST_LINK_PATH = '/credential-request';

/** A link's secret: 32 random-looking bytes, base64url without padding. */
export const LINK_SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;
