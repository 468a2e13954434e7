import { buildOpenApiDocument } from '@/lib/api/openapi/document';

// Documentation, not data: served without an API key, and built once at build time.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildOpenApiDocument());
}
