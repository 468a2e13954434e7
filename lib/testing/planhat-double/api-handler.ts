// Decides what a Planhat list request gets, as data; start.ts does the HTTP and the waiting.
import { DOUBLE_MODELS, maxLimitFor, type DoubleCluster, type DoubleModel } from './catalogue';
import { recordsFor } from './data';
import { pageRecords, type ListQuery } from './page';
import type { DoubleState } from './state';

export type DoubleResponse = { status: number; headers: Record<string, string>; body: string; delayMs: number };

const json = (status: number, value: unknown, delayMs: number, headers: Record<string, string> = {}): DoubleResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(value),
  delayMs,
});
const text = (status: number, value: string, delayMs: number): DoubleResponse => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: value,
  delayMs,
});

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

export function handleApiRequest(
  state: DoubleState,
  request: { method: string; cluster: DoubleCluster; model: DoubleModel; token: string | undefined; query: ListQuery },
): DoubleResponse {
  const { cluster, model, token, query } = request;
  if (request.method !== 'GET') return json(405, { message: 'The Planhat double only serves GET list endpoints.' }, state.latencyMs);
  const scenario = token === undefined ? undefined : state.find(token);
  // Planhat answers a token from another cluster exactly like a bad token.
  if (!scenario || token === undefined || (scenario.cluster ?? 'api') !== cluster) return text(401, 'Unauthorized', state.latencyMs);

  const delayMs = state.latencyMs + (scenario.latencyMs ?? 0);
  const behaviour = (scenario.behaviourModels ?? DOUBLE_MODELS).includes(model) ? (scenario.behaviour ?? 'ok') : 'ok';
  if ((behaviour === 'rate-limit' || behaviour === 'rate-limit-no-retry-after') && state.takeThrottle(token, scenario.rateLimitFirst)) {
    const headers: Record<string, string> = { 'x-rate-limit-limit': '200', 'x-rate-limit-remaining': '0' };
    if (behaviour === 'rate-limit') headers['retry-after'] = String(scenario.retryAfterSeconds ?? 1);
    return json(429, { message: 'Too many requests' }, delayMs, headers);
  }
  const readable = scenario.readable ?? 'all';
  if (readable !== 'all' && !readable.includes(model)) {
    return json(403, { message: `Permission error: check that your API token has the correct permissions to read ${model}` }, delayMs);
  }
  if (behaviour === 'server-error') return json(503, { error: 'Service Unavailable', detail: 'upstream timeout' }, delayMs);
  // Deliberately hostile: echoes the token, so tests prove clients never surface error bodies.
  if (behaviour === 'text-error') return text(500, `Internal error while serving request for token ${token}`, delayMs);

  const records = scenario.empty?.includes(model) ? [] : pageRecords(recordsFor(model), query, maxLimitFor(model));
  if (behaviour === 'non-array') return json(200, { data: records }, delayMs);
  return json(200, records, behaviour === 'slow' ? delayMs + (scenario.slowMs ?? 10_000) : delayMs);
}
