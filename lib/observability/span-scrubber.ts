import type { Attributes, AttributeValue } from '@opentelemetry/api';
import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace';

const REDACTED = '[REDACTED]';
// Attribute names that could carry a secret whatever the instrumentation meant by them.
const SECRET_NAME = /token|password|passwd|secret|authorization|cookie|api[-_.]?key|credential[-_.]?keys|session/i;
// Values that look like a secret: a bearer header, one of this app's API keys, a URL's userinfo.
const SECRET_VALUE = [/\bBearer\s+\S+/gi, /\bphcm_[A-Za-z]{32,}\b/g, /(?<=\/\/)[^/@\s:]+:[^/@\s]+@/g];
// Attributes that hold a URL or a path: the query goes (reset links and SSO callbacks carry codes there).
const URL_NAME = /(^|\.)(url|target|path|query|full|route)$/i;

export type RouteOf = (pathname: string) => string;

function scrubText(text: string): string {
  return SECRET_VALUE.reduce((value, pattern) => value.replace(pattern, REDACTED), text);
}

function scrubUrl(text: string, routeOf: RouteOf): string {
  const absolute = /^[a-z][a-z\d+.-]*:\/\//i.test(text);
  const parsed = URL.parse(text, 'http://placeholder');
  if (!parsed) return REDACTED;
  // A path that names a known route is replaced by its pattern (/credentials/[id]); others keep their path alone.
  const route = routeOf(parsed.pathname);
  const path = route === '(unmatched)' ? parsed.pathname : route;
  return scrubText(absolute ? `${parsed.protocol}//${parsed.host}${path}` : path);
}

function scrubValue(name: string, value: AttributeValue | undefined, routeOf: RouteOf): AttributeValue | undefined {
  if (value === undefined) return value;
  if (SECRET_NAME.test(name)) return REDACTED;
  if (typeof value === 'string') return URL_NAME.test(name) ? scrubUrl(value, routeOf) : scrubText(value);
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? scrubText(item) : item)) as AttributeValue;
  return value;
}

export function scrubAttributes(attributes: Attributes, routeOf: RouteOf): Attributes {
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, scrubValue(name, value, routeOf)]));
}

/** "GET /reset-password?token=…" → "GET /reset-password"; "GET /credentials/c_1" → "GET /credentials/[id]". */
export function scrubSpanName(name: string, routeOf: RouteOf): string {
  const match = /^([A-Z]+ )(\/\S*)$/.exec(name);
  if (match) return `${match[1]}${scrubUrl(match[2]!, routeOf)}`;
  return scrubText(name.split('?')[0]!);
}

/** A span as exported: the same span, its name, attributes and events' attributes scrubbed. */
function scrubbed(span: ReadableSpan, routeOf: RouteOf): ReadableSpan {
  return Object.create(span, {
    name: { value: scrubSpanName(span.name, routeOf) },
    attributes: { value: scrubAttributes(span.attributes, routeOf) },
    events: { value: span.events.map((event) => ({ ...event, attributes: event.attributes && scrubAttributes(event.attributes, routeOf) })) },
    status: { value: span.status.message ? { ...span.status, message: scrubText(span.status.message) } : span.status },
  }) as ReadableSpan;
}

/**
 * Wraps the OTLP exporter so no span leaves with a secret in its name or attributes, whichever
 * instrumentation made it (Next's request spans carry the URL, query included).
 */
export class ScrubbingSpanExporter implements SpanExporter {
  constructor(
    private readonly inner: SpanExporter,
    private readonly routeOf: RouteOf,
  ) {}

  export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
    this.inner.export(spans.map((span) => scrubbed(span, this.routeOf)), resultCallback);
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}
