import 'server-only';
import type { ProbeEvent } from '../types';
import type { PlanhatGetOutcome } from './get-outcome';
import type { PlanhatCluster } from './regions';
import { observePlanhatCall } from './observe-call';
import { backoffDelay, parseRetryAfter } from './retry-after';
import { sleep } from './sleep';
import { buildPlanhatUrl } from './url';

export type PlanhatRequestOptions = {
  /** e.g. `https://{cluster}.planhat.com`; the server passes PLANHAT_API_URL_TEMPLATE. */
  urlTemplate: string;
  fetch?: typeof fetch;
  requestTimeoutMs?: number;
  /** Retries after a 429; other failures are not retried, since the user is waiting. */
  maxRetries?: number;
  /** Longest single wait we accept; a longer Retry-After ends the retries at once. */
  maxRetryWaitMs?: number;
  backoffBaseMs?: number;
  /** Overall deadline or caller cancellation. */
  signal?: AbortSignal;
  /** Told of every probe's answer as it arrives (a check's live checklist). */
  onProbe?: (event: ProbeEvent) => void;
};

export const REQUEST_DEFAULTS = {
  requestTimeoutMs: 8_000,
  maxRetries: 2,
  maxRetryWaitMs: 5_000,
  backoffBaseMs: 400,
} as const;

export type PlanhatGetRequest = {
  token: string;
  cluster: PlanhatCluster;
  path: string;
  query: Record<string, string | number | undefined>;
};

/** One GET against Planhat, retried on 429 within bounds. Never throws for remote failures. */
export async function planhatGet(request: PlanhatGetRequest, options: PlanhatRequestOptions): Promise<PlanhatGetOutcome> {
  const settings = { ...REQUEST_DEFAULTS, ...definedOnly(options) };
  const url = buildPlanhatUrl(options.urlTemplate, request.cluster, request.path, request.query);
  for (let attempt = 0; ; attempt++) {
    const outcome = await observePlanhatCall({ cluster: request.cluster, path: request.path, attempt }, () => getOnce(url, request.token, settings.requestTimeoutMs, options));
    if (outcome.kind !== 'rate-limited' || attempt >= settings.maxRetries) return outcome;
    const wait = outcome.retryAfterMs ?? backoffDelay(attempt, settings.backoffBaseMs);
    if (wait > settings.maxRetryWaitMs) return outcome;
    // A deadline hit while waiting still reports the throttling, which is the more useful fact.
    if (!(await sleep(wait, options.signal))) return outcome;
  }
}

async function getOnce(url: URL, token: string, timeoutMs: number, options: PlanhatRequestOptions): Promise<PlanhatGetOutcome> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const doFetch = options.fetch ?? fetch;
  try {
    const response = await doFetch(url, {
      method: 'GET',
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      redirect: 'error',
      cache: 'no-store',
      signal,
    });
    if (response.ok) {
      const text = await response.text();
      try {
        return { kind: 'ok', body: JSON.parse(text) as unknown };
      } catch {
        return { kind: 'bad-body', status: response.status };
      }
    }
    // Error bodies are undocumented ("an object or a string") and may quote the request, so they
    // are dropped unread rather than parsed into anything a user or a log could see.
    await response.body?.cancel().catch(() => undefined);
    if (response.status === 401) return { kind: 'unauthorized' };
    if (response.status === 403) return { kind: 'forbidden' };
    if (response.status === 429) return { kind: 'rate-limited', retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) };
    return { kind: 'http-error', status: response.status };
  } catch (error) {
    if (options.signal?.aborted) return { kind: 'aborted' };
    if (timeout.aborted) return { kind: 'timeout', timeoutMs };
    // redirect: 'error' makes undici fail this way; only the cause's message tells it apart.
    if ((error as { cause?: { message?: unknown } } | null)?.cause?.message === 'unexpected redirect') return { kind: 'redirect' };
    return { kind: 'network' };
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
