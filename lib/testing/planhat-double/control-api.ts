// Lets tests set up scenarios at run time over HTTP (the in-process handle offers the same as methods).
import type { DoubleResponse } from './api-handler';
import { parseScenario } from './scenarios';
import type { DoubleState } from './state';

export const CONTROL_PREFIX = '/__control';

const reply = (status: number, value?: unknown): DoubleResponse => ({
  status,
  headers: value === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
  body: value === undefined ? '' : JSON.stringify(value),
  delayMs: 0,
});

export function handleControlRequest(state: DoubleState, method: string, path: string, body: string): DoubleResponse {
  const route = path.slice(CONTROL_PREFIX.length);
  try {
    if (method === 'GET' && route === '/health') return reply(200, { ok: true });
    if (method === 'POST' && route === '/tokens') return reply(201, { label: state.add(parseScenario(parseJson(body))) });
    if (method === 'DELETE' && route.startsWith('/tokens/')) {
      return state.revoke(decodeURIComponent(route.slice('/tokens/'.length))) ? reply(204) : reply(404, { message: 'Unknown token.' });
    }
    if (method === 'GET' && route === '/requests') return reply(200, state.log);
    if (method === 'DELETE' && route === '/requests') {
      state.log.length = 0;
      return reply(204);
    }
    if (method === 'GET' && route === '/latency') return reply(200, { latencyMs: state.latencyMs });
    if (method === 'PUT' && route === '/latency') {
      const { latencyMs } = parseJson(body) as { latencyMs?: unknown };
      if (typeof latencyMs !== 'number' || !Number.isFinite(latencyMs) || latencyMs < 0) {
        return reply(400, { message: 'latencyMs must be a number >= 0.' });
      }
      state.latencyMs = latencyMs;
      return reply(204);
    }
    if (method === 'POST' && route === '/reset') {
      state.reset();
      return reply(204);
    }
    return reply(404, { message: `No control route ${method} ${path}.` });
  } catch (error) {
    return reply(400, { message: error instanceof Error ? error.message : 'Bad request.' });
  }
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new Error('Body must be JSON.');
  }
}
