import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { CredentialError, type CredentialErrorCode } from '@/lib/credentials/errors';
import { log } from '@/lib/log';
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

/** Expected refusals keep their (safe) message; anything else is logged by type only and answered generically. */
export function problemFromError(error: unknown, what: string): Response {
  if (error instanceof CredentialError) return problem(problemForCode[error.code], error.message);
  log.error(`${what} failed unexpectedly: ${error instanceof Error ? error.name : typeof error}`);
  return problem('internal', 'Nothing was changed. Try again in a moment; if it keeps failing, tell your administrator.');
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
    try {
      const authentication = await authenticateApiKey(request);
      if (!authentication.ok) return authentication.response;
      return await handler({ request, actor: authentication.actor, params: await context.params });
    } catch (error) {
      return problemFromError(error, what);
    }
  };
}

/** A JSON success response; nothing /api/v1 returns may be cached by intermediaries. */
export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, { status: init.status ?? 200, headers: { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...init.headers } });
}
