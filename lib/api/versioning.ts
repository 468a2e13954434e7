import 'server-only';
import { problem } from './problem';

/** The credential's version as a strong entity tag: `"3"`. */
export const etagOf = (version: number) => `"${version}"`;

export type IfMatch = { ok: true; version: number | 'any' } | { ok: false; response: Response };

/**
 * Edits must say which version they were made against (optimistic concurrency), so a missing
 * If-Match is refused with 428 rather than guessed. `If-Match: *` is the explicit "whatever it is
 * now". Weak tags never match (RFC 9110 §13.1.1 uses the strong comparison).
 */
export function readIfMatch(request: Request): IfMatch {
  const header = request.headers.get('if-match')?.trim();
  if (!header) {
    return {
      ok: false,
      response: problem('version-required', 'Send the version you are changing in an If-Match header: the ETag of GET /credentials/{id}, e.g. `If-Match: "3"` (or `If-Match: *` to change it whatever its version).'),
    };
  }
  if (header === '*') return { ok: true, version: 'any' };
  const match = /^(?:"(\d{1,9})"|(\d{1,9}))$/.exec(header);
  if (!match) {
    return {
      ok: false,
      response: problem('invalid-request', 'If-Match must hold one ETag from GET /credentials/{id}, e.g. `"3"`.', { errors: [{ parameter: 'If-Match', detail: 'Use the ETag exactly as received.' }] }),
    };
  }
  return { ok: true, version: Number(match[1] ?? match[2]) };
}
