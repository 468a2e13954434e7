import 'server-only';
import http from 'node:http';
import https from 'node:https';
import type { CheckedUrl } from './address-guard';
import { pinnedLookup } from './address-guard';

export const ATTEMPT_TIMEOUT_MS = 10_000;

export interface AttemptResult {
  /** The answer's status; null when none came (refused, reset, timed out). */
  status: number | null;
  durationMs: number;
  /** Why it failed, for the log; null when delivered. Never quotes the body or headers we sent. */
  error: string | null;
}

const USER_AGENT = 'PlanhatCredentials-Webhooks/1';

/**
 * One POST to an address the guard checked, never anywhere else: the connection uses the checked
 * addresses, redirects are not followed (a 3xx counts as a failure), and the whole attempt,
 * answer included, is cut off after `timeoutMs`. Only 2xx counts as delivered.
 */
export function postWebhook(target: CheckedUrl, headers: Record<string, string>, body: string, timeoutMs = ATTEMPT_TIMEOUT_MS): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const send = target.url.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<AttemptResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, durationMs: elapsed() });
    };
    const request = send(
      target.url,
      {
        method: 'POST',
        lookup: pinnedLookup(target.addresses),
        headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT, 'content-length': String(Buffer.byteLength(body)), ...headers },
        agent: false,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        // The answer's body is not kept; read it to the end (or the timeout) so the attempt is complete.
        response.resume();
        response.on('end', () => finish({ status, error: status >= 200 && status < 300 ? null : `The endpoint answered HTTP ${status}.` }));
        response.on('error', () => finish({ status, error: 'The answer was cut off.' }));
      },
    );
    const timer = setTimeout(() => {
      finish({ status: null, error: `No answer within ${timeoutMs / 1000} seconds.` });
      request.destroy();
    }, timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) => finish({ status: null, error: connectionError(error) }));
    request.end(body);
  });
}

function connectionError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ECONNREFUSED':
      return 'The connection was refused.';
    case 'ECONNRESET':
      return 'The connection was reset.';
    case 'ENOTFOUND':
      return 'The address could not be found.';
    default:
      return error.code?.startsWith('ERR_TLS') || /certificate|SSL|TLS/i.test(error.message) ? 'The TLS handshake failed (check the certificate).' : `The request failed (${error.code ?? 'network error'}).`;
  }
}
