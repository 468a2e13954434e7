import { describe, expect, it } from 'vitest';
import { createLogger, serializeError } from './logger.js';
import { runWithRequestContext } from './request-context.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (chunk: string) => void (raw.push(chunk), lines.push(JSON.parse(chunk))) } });
  return { logger, lines, text: () => raw.join('') };
}

describe('the log', () => {
  it('writes one JSON line per entry with its level, time and the request id of the request being handled', () => {
    const { logger, lines } = capture();
    runWithRequestContext({ requestId: 'req-12345678' }, () => logger.info({ model: 'companies' }, 'planhat call'));
    logger.info('outside a request');
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'planhat call', model: 'companies', requestId: 'req-12345678', service: 'credential-manager' });
    expect(typeof lines[0]!.time).toBe('string');
    expect(lines[1]).not.toHaveProperty('requestId');
  });

  it('redacts secret fields by path, at the top and nested, whatever a caller passed', () => {
    const { logger, text } = capture();
    logger.info({
      token: 'canary-token-1',
      password: 'canary-password-1',
      options: { headers: { authorization: 'Bearer canary-bearer', cookie: 'session=canary-cookie' }, clientSecret: 'canary-client-secret' },
      request: { apiKey: 'canary-api-key', linkSecret: 'canary-link-secret', signingSecret: 'canary-whsec' },
      headers: { authorization: 'Bearer canary-top-bearer' },
    }, 'careless');
    for (const canary of ['canary-token-1', 'canary-password-1', 'canary-bearer', 'canary-cookie', 'canary-client-secret', 'canary-api-key', 'canary-link-secret', 'canary-whsec', 'canary-top-bearer']) {
      expect(text()).not.toContain(canary);
    }
    expect(text()).toContain('[REDACTED]');
  });

  it('serializes an error as its type, code, message and stack, leaving out what it carries (requests, bodies, rows)', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', config: { body: 'canary-body' }, response: { data: 'canary-response' } });
    error.cause = Object.assign(new TypeError('inner'), { request: 'canary-request' });
    const { logger, text, lines } = capture();
    logger.error({ err: error }, 'failed');
    expect(lines[0]!.err).toMatchObject({ type: 'Error', code: 'ECONNREFUSED', message: 'connect ECONNREFUSED', cause: { type: 'TypeError', message: 'inner' } });
    for (const canary of ['canary-body', 'canary-response', 'canary-request']) expect(text()).not.toContain(canary);
    expect(serializeError('a string thrown')).toEqual({ type: 'string' });
  });
});
