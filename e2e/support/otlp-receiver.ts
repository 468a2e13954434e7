// A local OpenTelemetry collector stand-in: takes OTLP/HTTP JSON trace exports and keeps them, so a
// test can read every span the app sent (and search the raw bodies for what must not be there).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ExportedSpan {
  name: string;
  attributes: Record<string, unknown>;
}

export interface OtlpReceiver {
  url: string;
  /** Every export body as it arrived. */
  raw(): string;
  spans(): ExportedSpan[];
  close(): Promise<void>;
}

interface OtlpJson {
  resourceSpans?: { scopeSpans?: { spans?: { name: string; attributes?: { key: string; value: Record<string, unknown> }[] }[] }[] }[];
}

const attributeValue = (value: Record<string, unknown>) => Object.values(value)[0];

export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const bodies: string[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.url === '/v1/traces') bodies.push(Buffer.concat(chunks).toString('utf8'));
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    raw: () => bodies.join('\n'),
    spans: () =>
      bodies.flatMap((body) =>
        ((JSON.parse(body) as OtlpJson).resourceSpans ?? []).flatMap((resource) =>
          (resource.scopeSpans ?? []).flatMap((scope) =>
            (scope.spans ?? []).map((span) => ({ name: span.name, attributes: Object.fromEntries((span.attributes ?? []).map((a) => [a.key, attributeValue(a.value)])) })),
          ),
        ),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
