import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/openapi.json/route';
import { buildOpenApiDocument } from './document';

const API_ROOT = path.resolve(__dirname, '../../../app/api/v1');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

/** Every app/api/v1/**\/route.ts as an OpenAPI path: `[id]/token/route.ts` becomes `/{id}/token`. */
function routeFiles(): { file: string; path: string }[] {
  return fs
    .readdirSync(API_ROOT, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'route.ts')
    .map((file) => ({ file, path: `/${path.dirname(file).split(path.sep).filter((part) => part !== '.').map((part) => part.replace(/^\[(\w+)\]$/, '{$1}')).join('/')}` }));
}

type Document = ReturnType<typeof buildOpenApiDocument>;

function collectRefs(value: unknown, refs: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => collectRefs(item, refs));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') refs.push(child);
      else collectRefs(child, refs);
    }
  }
  return refs;
}

describe('the OpenAPI document', () => {
  it('describes every route file and every method it exports, and nothing else', async () => {
    const document = buildOpenApiDocument();
    const files = routeFiles();
    expect(files.length).toBeGreaterThanOrEqual(6);
    const exported: string[] = [];
    for (const { file, path: apiPath } of files) {
      const routeModule = (await import(path.join(API_ROOT, file))) as Record<string, unknown>;
      for (const method of METHODS) if (typeof routeModule[method] === 'function') exported.push(`${method.toLowerCase()} ${apiPath}`);
    }
    const documented = Object.entries(document.paths).flatMap(([apiPath, operations]) => Object.keys(operations).map((method) => `${method} ${apiPath}`));
    expect(documented.sort()).toEqual(exported.sort());
  });

  it('is OpenAPI 3.1 whose references all resolve and whose operations all answer errors as problem details', () => {
    const document: Document = buildOpenApiDocument();
    expect(document.openapi).toBe('3.1.0');
    for (const ref of collectRefs(document)) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(document.components.schemas).toHaveProperty(ref.split('/').pop()!);
    }
    for (const operations of Object.values(document.paths)) {
      for (const operation of Object.values(operations) as { security?: unknown[]; responses: Record<string, { content?: Record<string, unknown> }> }[]) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) >= 400) expect(Object.keys(response.content ?? {})).toEqual(['application/problem+json']);
        }
        if (!operation.security) expect(operation.responses).toHaveProperty('401');
      }
    }
  });

  it('never lets a response schema hold a token or a ciphertext', () => {
    const schemas = JSON.stringify(buildOpenApiDocument().components.schemas.Credential);
    expect(schemas).not.toMatch(/apiAccessToken|sealedToken|ciphertext/i);
  });

  it('describes reads as lastUsedAt and per-day usage, not as events', () => {
    const document = buildOpenApiDocument();
    const credential = document.components.schemas.Credential as { properties: Record<string, { description?: string }>; required: string[] };
    expect(credential.required).toContain('lastUsedAt');
    expect(credential.properties.lastUsedAt?.description).toMatch(/last read Planhat records/);
    const events = document.paths['/credentials/{id}/events']?.get as { description: string; parameters: { name: string }[] };
    expect(events.description).toMatch(/Reads of Planhat records are not events.*`lastUsedAt`/);
    expect(events.parameters.map((parameter) => parameter.name)).toEqual(['id', 'kind', 'limit']);
    expect(document.paths['/credentials/{id}/usage']).toHaveProperty('get');
  });

  it('is served at /api/v1/openapi.json without an API key', async () => {
    const response = GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });
});
