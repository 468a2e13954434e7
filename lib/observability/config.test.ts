import { describe, expect, it } from 'vitest';
import { readObservabilityConfig } from './config.js';

const problemsOf = (env: Record<string, string>) => {
  const result = readObservabilityConfig(env);
  return result.ok ? [] : result.problems;
};

describe('logging, metrics and tracing settings', () => {
  it('defaults to info logs, metrics on, no tracing and a 10 s shutdown that stops listening at once', () => {
    expect(readObservabilityConfig({})).toEqual({
      ok: true,
      config: { logLevel: 'info', metricsEnabled: true, metricsToken: undefined, metricsPublic: false, otel: undefined, shutdownTimeoutMs: 10_000, shutdownDelayMs: 0 },
    });
  });

  it('turns tracing on with an OTLP endpoint, protobuf unless told otherwise', () => {
    const result = readObservabilityConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SERVICE_NAME: 'credentials-eu' });
    expect(result).toMatchObject({ ok: true, config: { otel: { endpoint: 'http://collector:4318', protocol: 'http/protobuf', serviceName: 'credentials-eu' } } });
  });

  it.each([
    ['LOG_LEVEL', 'loud'],
    ['METRICS_PUBLIC', 'yes'],
    ['METRICS_ENABLED', 'on'],
    ['METRICS_TOKEN', 'short'],
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'collector:4318'],
    ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'ftp://collector'],
    ['OTEL_EXPORTER_OTLP_PROTOCOL', 'grpc'],
    ['OTEL_EXPORTER_OTLP_HEADERS', 'api-key'],
    ['OTEL_TRACES_SAMPLER', 'sometimes'],
    ['OTEL_TRACES_SAMPLER_ARG', '2'],
    ['OTEL_SERVICE_NAME', 'credential manager'],
    ['SHUTDOWN_TIMEOUT', '10'],
    ['SHUTDOWN_DELAY', '2m'],
  ])('refuses a malformed %s with a message naming it', (name, value) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name} `));
  });

  it('never puts the metrics token in its message', () => {
    const problems = problemsOf({ METRICS_TOKEN: 'has a space in it, secret-canary' });
    expect(problems.join('\n')).not.toContain('secret-canary');
  });
});
