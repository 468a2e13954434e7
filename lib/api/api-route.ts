import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { CredentialError, type CredentialErrorCode } from '@/lib/credentials/errors';
import { reportFailure } from '@/lib/report-failure';
import { authenticateApiKey } from './api-key-actor';
import { problem, type ProblemType } from './problem';

export interface ApiRequest<Params> {
  request: Request;
  actor: Actor;
  params: Params;
}

const problemForCode: Record<CredentialErrorCode, ProblemType> = {
  'not-found': 'not-found',
  forbidden: 'forbidden',
  conflict: 'version-mismatch',
  'in-use': 'in-use',
  unreadable: 'unreadable',
};

// Seconds a client should wait before trying again while the database is unavailable.
const RETRY_AFTER_SECONDS = 5;
const CHECK_FIRST = 'Before you send it again, read the credential (GET /api/v1/credentials, or GET /api/v1/credentials/{id}) to see whether it was.';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Expected refusals keep their (safe) message; a database outage is 503 with Retry-After and its
 * cause logged; anything else is logged by type only and answered generically. `changing` (the
 * default): the request may have changed something before it failed (its statement may have run
 * though its answer was lost), so it must not be told that nothing was changed.
 */
export function problemFromError(error: unknown, what: string, { changing = true }: { changing?: boolean } = {}): Response {
  if (error instanceof CredentialError) return problem(problemForCode[error.code], error.message);
  const databaseCause = reportFailure(error, what);
  if (databaseCause) {
    const retry = { 'Retry-After': String(RETRY_AFTER_SECONDS) };
    if (!changing) return problem('database-unavailable', `The database is not available right now. Nothing was changed. Try again in ${RETRY_AFTER_SECONDS} seconds; if it keeps failing, tell your administrator.`, {}, retry);
    return problem('database-unavailable', `The database stopped answering while this request was handled, so we cannot tell whether the change was made. ${CHECK_FIRST}`, { outcome: 'unknown' }, retry);
  }
  if (!changing) return problem('internal', 'Something went wrong on our side. Nothing was changed. Try again in a moment; if it keeps failing, tell your administrator.');
  return problem('internal', `Something went wrong on our side, and we cannot tell whether the change was made. ${CHECK_FIRST} If it keeps failing, tell your administrator.`, { outcome: 'unknown' });
}

/**
 * A /api/v1 route handler: authenticates the API key (never a session cookie), then runs the
 * handler as the key's actor. Authorization itself happens in lib/credentials, as for the UI.
 */
export function apiRoute<Params extends Record<string, string> = Record<string, never>>(
  what: string,
  handler: (input: ApiRequest<Params>) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    let authentication: Awaited<ReturnType<typeof authenticateApiKey>>;
    try {
      authentication = await authenticateApiKey(request);
    } catch (error) {
      return problemFromError(error, what, { changing: false });
    }
    if (!authentication.ok) return authentication.response;
    try {
      return await handler({ request, actor: authentication.actor, params: await context.params });
    } catch (error) {
      return problemFromError(error, what, { changing: !SAFE_METHODS.has(request.method) });
    }
  };
}

/** A JSON success response; nothing /api/v1 returns may be cached by intermediaries. */
export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, { status: init.status ?? 200, headers: { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...init.headers } });
}
