import 'server-only';
import { currentRequestContext } from '@/lib/observability/request-context.js';

/**
 * Every way /api/v1 says no, as RFC 9457 problem types. Clients branch on `type` (stable), people
 * read `detail` (says what happened and what to do next, never echoes a token).
 */
export const PROBLEMS = {
  'invalid-request': { status: 400, title: 'The request is not valid' },
  unauthenticated: { status: 401, title: 'A valid API key is required' },
  forbidden: { status: 403, title: 'Your role does not allow this' },
  'not-found': { status: 404, title: 'Not found' },
  'duplicate-name': { status: 409, title: 'The name is taken' },
  'duplicate-token': { status: 409, title: 'The token is already saved' },
  'in-use': { status: 409, title: 'The credential is in use' },
  'request-closed': { status: 409, title: 'The credential request is no longer open' },
  unreadable: { status: 409, title: "The token can't be decrypted" },
  'version-mismatch': { status: 412, title: 'The credential changed since you read it' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  'unsupported-media-type': { status: 415, title: 'Send JSON' },
  'token-rejected': { status: 422, title: 'Planhat did not accept the token' },
  'no-read-access': { status: 422, title: 'The token cannot read any Planhat data' },
  'version-required': { status: 428, title: 'If-Match is required' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Something went wrong on our side' },
  'planhat-unreachable': { status: 502, title: 'Planhat could not be reached' },
  'database-unavailable': { status: 503, title: 'The database is not available' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemType = keyof typeof PROBLEMS;

/** Where a validation error sits: a JSON pointer into the body, or a query parameter or header name. */
export type FieldError = { pointer: string; detail: string } | { parameter: string; detail: string };

export const problemTypeUri = (type: ProblemType) => `/api/v1/problems/${type}`;

export interface ProblemExtras {
  errors?: FieldError[];
  [member: string]: unknown;
}

/** An `application/problem+json` response; extras become extension members (RFC 9457 §3.2). */
export function problem(type: ProblemType, detail: string, extras: ProblemExtras = {}, headers: HeadersInit = {}): Response {
  const { status, title } = PROBLEMS[type];
  // The request id (also the X-Request-Id header) lets a user's report be found in the logs.
  const requestId = currentRequestContext()?.requestId;
  const body = { type: problemTypeUri(type), title, status, detail, ...extras, ...(requestId ? { requestId } : {}) };
  const response = new Response(JSON.stringify(body), { status, headers });
  response.headers.set('Content-Type', 'application/problem+json');
  response.headers.set('Cache-Control', 'no-store');
  response.headers.set('X-Content-Type-Options', 'nosniff');
  return response;
}
