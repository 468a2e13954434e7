import 'server-only';

/**
 * Everything a GET can end in. Deliberately carries no error text from Planhat or from fetch:
 * both can quote the request, and the request carries the token.
 */
export type PlanhatGetOutcome =
  | { kind: 'ok'; body: unknown }
  | { kind: 'bad-body'; status: number }
  | { kind: 'unauthorized' }
  | { kind: 'forbidden' }
  | { kind: 'rate-limited'; retryAfterMs?: number }
  | { kind: 'http-error'; status: number }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'aborted' }
  | { kind: 'redirect' }
  | { kind: 'network' };
