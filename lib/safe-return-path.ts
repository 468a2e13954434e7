// Any origin will do: it only tells a relative value apart from one that names another site.
const BASE = new URL('https://return-path.invalid');

// Browsers drop TAB and line breaks while parsing a URL, so `/\t/evil.example` becomes
// `//evil.example`; no legitimate return path holds control, format or space characters.
const UNSAFE_CHARACTERS = /[\p{C}\p{Z}]/u;

/**
 * A path on this site to return to after signing in; anything else (another host however it is
 * spelt, a scheme, odd characters) becomes "/". Returns the path as the URL parser reads it, so
 * what is checked is what the browser will follow.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || UNSAFE_CHARACTERS.test(value)) return '/';
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE.origin) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
