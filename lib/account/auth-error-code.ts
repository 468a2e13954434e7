import 'server-only';
import { isAPIError } from 'better-auth/api';

/** Better Auth's code for an error it raised on purpose (INVALID_PASSWORD, INVALID_TOKEN...), else null. */
export function authErrorCode(error: unknown): string | null {
  if (!isAPIError(error)) return null;
  const code = (error.body as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : null;
}
