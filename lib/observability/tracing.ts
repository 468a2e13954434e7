import path from 'node:path';
import { OTLPTraceExporter as OtlpHttpJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpProtobufExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace';
import { PrismaInstrumentation } from '@prisma/instrumentation';
import type { ObservabilityConfig } from './config.js';
import { onShutdown } from './lifecycle.js';
import { getLogger } from './logger.js';
import { loadRoutePatterns } from './route-patterns.js';
import { ScrubbingSpanExporter } from './span-scrubber';

/**
 * Traces over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT (or …_TRACES_ENDPOINT) is set: Next's own
 * spans for requests, route handlers and server actions, Better Auth's, Prisma's for queries, and
 * ours for jobs (lib/jobs/workers.ts) and Planhat calls (lib/connectors/planhat/observe-call.ts). Every span is scrubbed on its
 * way out. The exporters read the standard OTEL_* variables themselves (endpoint, headers, timeout).
 */
export function startTracing(otel: NonNullable<ObservabilityConfig['otel']>) {
  // Metrics are scraped from /api/metrics and logs go to stdout: the SDK exports traces only.
  process.env.OTEL_METRICS_EXPORTER ??= 'none';
  process.env.OTEL_LOGS_EXPORTER ??= 'none';
  const exporter = otel.protocol === 'http/json' ? new OtlpHttpJsonExporter() : new OtlpProtobufExporter();
  const routeOf = loadRoutePatterns(path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR || '.next'));
  const sdk = new NodeSDK({
    resource: resourceFromAttributes({ 'service.name': otel.serviceName }),
    spanProcessors: [new BatchSpanProcessor({ exporter: new ScrubbingSpanExporter(exporter, routeOf), scheduledDelayMillis: 1000 })],
    instrumentations: [new PrismaInstrumentation()],
  });
  sdk.start();
  // Spans still in the batch go out before the process exits.
  onShutdown({ name: 'trace exporter', phase: 'connections', stop: () => sdk.shutdown() });
  getLogger().info({ endpoint: new URL(otel.endpoint).origin, protocol: otel.protocol, serviceName: otel.serviceName }, 'tracing: exporting spans over OTLP');
}
