// @ts-check
// Plain JavaScript: server.js logs with it before Next loads, and the app logs through the same
// instance (kept on globalThis, so Next's bundles and server.js share one logger and one stream).
import { createRequire } from 'node:module';
import pino from 'pino';
import { currentRequestContext } from './request-context.js';

const LOGGER = Symbol.for('credential-manager.logger');

// Every field that may hold a secret, by path: at the top level (where callers put fields), one level
// down for the names most likely to be nested (an options or request object that slipped in), and in
// header bags. Each wildcard is searched for on every line, so they are kept to these.
const SECRET_FIELDS = [
  'token', 'accessToken', 'refreshToken', 'idToken', 'sealedToken', 'apiKey', 'key',
  'password', 'currentPassword', 'newPassword', 'secret', 'clientSecret', 'signingSecret', 'linkSecret',
  'authorization', 'cookie', 'cookies', 'smtpUrl', 'SMTP_URL', 'METRICS_TOKEN', 'CREDENTIAL_KEYS', 'BETTER_AUTH_SECRET',
];
const NESTED_SECRET_FIELDS = ['token', 'password', 'secret', 'clientSecret', 'signingSecret', 'linkSecret', 'apiKey', 'authorization', 'cookie'];
const HEADERS = ['authorization', 'cookie', '"set-cookie"', '"x-api-key"', '"proxy-authorization"'];
export const REDACTED_PATHS = [
  ...SECRET_FIELDS,
  ...NESTED_SECRET_FIELDS.map((field) => `*.${field}`),
  ...HEADERS.map((header) => `headers[${header}]`),
  '*.headers.authorization',
  '*.headers.cookie',
];

/**
 * Errors as type, code, message and stack (and their cause), never their other properties: a
 * driver's or fetch's error can carry the request, its body or the row that clashed.
 * @param {unknown} error
 * @param {number} [depth]
 * @returns {unknown}
 */
export function serializeError(error, depth = 0) {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = /** @type {{ code?: unknown }} */ (error).code;
  return {
    type: error.name,
    message: error.message,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    stack: error.stack,
    ...(error.cause !== undefined && depth < 2 ? { cause: serializeError(error.cause, depth + 1) } : {}),
  };
}

/**
 * @param {{ level: string, pretty?: boolean, destination?: pino.DestinationStream }} options
 * @returns {pino.Logger}
 */
export function createLogger({ level, pretty = false, destination }) {
  /** @type {pino.LoggerOptions} */
  const options = {
    level,
    base: { service: 'credential-manager' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
    serializers: { err: serializeError, error: serializeError },
    // A line written while a request is handled carries its id, so one report finds them all.
    mixin: () => {
      const context = currentRequestContext();
      return context ? { requestId: context.requestId } : {};
    },
  };
  if (destination) return pino(options, destination);
  if (pretty) {
    // `npm run dev` only: pino-pretty as a stream in this thread (no worker), so bundling stays simple.
    const pinoPretty = createRequire(import.meta.url)('pino-pretty');
    return pino(options, pinoPretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' }));
  }
  return pino(options);
}

/**
 * This process's logger: created on first use from LOG_LEVEL (already checked by
 * lib/observability/config.js at startup; an unknown level here falls back to info).
 * @returns {pino.Logger}
 */
export function getLogger() {
  const holder = /** @type {Record<symbol, pino.Logger | undefined>} */ (/** @type {unknown} */ (globalThis));
  if (!holder[LOGGER]) {
    const level = (process.env.LOG_LEVEL ?? '').trim().toLowerCase() || 'info';
    holder[LOGGER] = createLogger({
      level: Object.keys(pino.levels.values).includes(level) || level === 'silent' ? level : 'info',
      pretty: process.env.NODE_ENV === 'development' && process.env.LOG_FORMAT !== 'json',
    });
  }
  return holder[LOGGER];
}

/**
 * Replaces this process's logger (tests capture output this way); returns the one it replaced.
 * @param {pino.Logger | undefined} logger
 */
export function replaceLogger(logger) {
  const holder = /** @type {Record<symbol, pino.Logger | undefined>} */ (/** @type {unknown} */ (globalThis));
  const previous = holder[LOGGER];
  holder[LOGGER] = logger;
  return previous;
}
