// @ts-check
// Plain JavaScript because server.js reads it before Next loads (as lib/http/forwarded-headers.js).
// Logging, metrics, tracing and shutdown settings; a malformed value stops startup naming the variable.

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const SAMPLERS = ['always_on', 'always_off', 'traceidratio', 'parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio'];
const PROTOCOLS = ['http/protobuf', 'http/json'];

/**
 * @typedef {{
 *   logLevel: string,
 *   metricsEnabled: boolean,
 *   metricsToken: string | undefined,
 *   metricsPublic: boolean,
 *   otel: { endpoint: string, protocol: string, serviceName: string } | undefined,
 *   shutdownTimeoutMs: number,
 *   shutdownDelayMs: number,
 * }} ObservabilityConfig
 */

/** @param {string | undefined} value */
const present = (value) => (value === undefined || value.trim() === '' ? undefined : value.trim());

/** "10s" or "2500ms" in milliseconds; NaN when it is neither. @param {string} value */
const durationMs = (value) => {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s)$/.exec(value);
  return match ? Math.round(Number(match[1]) * (match[2] === 's' ? 1000 : 1)) : NaN;
};

/** @param {string | undefined} value */
const isHttpUrl = (value) => {
  const url = value === undefined ? null : URL.parse(value);
  return url !== null && (url.protocol === 'http:' || url.protocol === 'https:');
};

/**
 * @param {Record<string, string | undefined>} env
 * @returns {{ ok: true, config: ObservabilityConfig } | { ok: false, problems: string[] }}
 */
export function readObservabilityConfig(env) {
  /** @type {string[]} */
  const problems = [];
  /** @param {string} name @param {boolean} fallback */
  const flag = (name, fallback) => {
    const value = present(env[name])?.toLowerCase();
    if (value === undefined) return fallback;
    if (value === 'true' || value === 'false') return value === 'true';
    problems.push(`${name} must be true or false.`);
    return fallback;
  };

  const logLevel = present(env.LOG_LEVEL)?.toLowerCase() ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (default info).`);

  const metricsEnabled = flag('METRICS_ENABLED', true);
  const metricsPublic = flag('METRICS_PUBLIC', false);
  // Checked without putting the value in a message: it is a secret.
  const metricsToken = present(env.METRICS_TOKEN);
  if (metricsToken !== undefined && !/^[\x21-\x7e]{16,}$/.test(metricsToken)) {
    problems.push('METRICS_TOKEN must be at least 16 printable characters without spaces; generate one with: openssl rand -hex 24');
  }

  const endpoint = present(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) ?? present(env.OTEL_EXPORTER_OTLP_ENDPOINT);
  if (endpoint !== undefined && !isHttpUrl(endpoint)) {
    const name = present(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) ? 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT' : 'OTEL_EXPORTER_OTLP_ENDPOINT';
    problems.push(`${name} must be the http(s) URL of an OTLP collector, e.g. http://otel-collector:4318`);
  }
  const protocol = present(env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL) ?? present(env.OTEL_EXPORTER_OTLP_PROTOCOL) ?? 'http/protobuf';
  if (!PROTOCOLS.includes(protocol)) problems.push(`OTEL_EXPORTER_OTLP_PROTOCOL must be ${PROTOCOLS.join(' or ')} (grpc is not supported).`);
  const headers = present(env.OTEL_EXPORTER_OTLP_HEADERS);
  if (headers !== undefined && !headers.split(',').every((pair) => /^\s*[^=\s]+\s*=\s*\S.*$/.test(pair))) {
    problems.push('OTEL_EXPORTER_OTLP_HEADERS must be a comma-separated list of name=value pairs, e.g. api-key=...,team=data');
  }
  const sampler = present(env.OTEL_TRACES_SAMPLER);
  if (sampler !== undefined && !SAMPLERS.includes(sampler)) problems.push(`OTEL_TRACES_SAMPLER must be one of ${SAMPLERS.join(', ')}.`);
  const samplerArg = present(env.OTEL_TRACES_SAMPLER_ARG);
  if (samplerArg !== undefined && !(Number(samplerArg) >= 0 && Number(samplerArg) <= 1)) problems.push('OTEL_TRACES_SAMPLER_ARG must be a ratio from 0 to 1, e.g. 0.1');
  const serviceName = present(env.OTEL_SERVICE_NAME) ?? 'credential-manager';
  if (!/^[\w.\-/]{1,100}$/.test(serviceName)) problems.push('OTEL_SERVICE_NAME must be 1 to 100 letters, digits, dots, dashes, slashes or underscores.');

  const shutdownTimeoutMs = durationMs(present(env.SHUTDOWN_TIMEOUT) ?? '10s');
  if (!(shutdownTimeoutMs > 0 && shutdownTimeoutMs <= 600_000)) problems.push('SHUTDOWN_TIMEOUT must be a duration with its unit up to 600s, e.g. 10s or 2500ms');
  const shutdownDelayMs = durationMs(present(env.SHUTDOWN_DELAY) ?? '0s');
  if (!(shutdownDelayMs >= 0 && shutdownDelayMs <= 60_000)) problems.push('SHUTDOWN_DELAY must be a duration with its unit up to 60s, e.g. 5s (0s to stop listening at once)');

  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    config: {
      logLevel,
      metricsEnabled,
      metricsToken,
      metricsPublic,
      otel: endpoint === undefined ? undefined : { endpoint, protocol, serviceName },
      shutdownTimeoutMs,
      shutdownDelayMs,
    },
  };
}

/**
 * For the app's own code: the configuration, or an Error naming every bad variable.
 * @param {Record<string, string | undefined>} env
 * @returns {ObservabilityConfig}
 */
export function observabilityConfigOrThrow(env) {
  const result = readObservabilityConfig(env);
  if (result.ok) return result.config;
  throw new Error(`Invalid configuration:\n${result.problems.map((problem) => `- ${problem}`).join('\n')}`);
}
