import 'server-only';
import { PROBLEMS, type ProblemType } from '../problem';
import { componentSchemas, queryParameters, requestSchemas, responseSchemas, schemaRef } from './components';
import type { Operation } from './operation';
import { operations } from './operations';

const DESCRIPTION = `Manage the workspace's Planhat credentials. Tokens go in and are never returned: responses carry
at most a token's last four characters.

**Authentication**: \`Authorization: Bearer <API key>\`. Create keys under Settings > API keys (workspace owners
and admins). A key acts as the person who created it, with their current role in the key's workspace; it stops
working when they leave it. Session cookies are not accepted.

**Rate limits**: each key may make a limited number of requests per minute (API_RATE_LIMIT_PER_MINUTE, 600 by
default). Past it you get 429 with Retry-After (seconds).

**Versions**: every credential has a version, sent as its ETag. PATCH and PUT /token require \`If-Match\` with the
version you read (or \`*\`): 428 without it, 412 with the current credential when someone changed it meanwhile.

**History and usage**: /events lists every change and check of a credential. Reads of Planhat records (by a
source or a source preview) are not events: the latest is the credential's \`lastUsedAt\`, and /usage counts them
per UTC day and source.

**Errors** are RFC 9457 problem details (\`application/problem+json\`); branch on \`type\`. Validation errors list
each field in \`errors\`.

**Credential requests**: POST /credential-requests makes a one-time link for someone without an account to hand over
a Planhat token; the link (\`url\`) is in that answer only.

**Webhooks** (owners and admins): register endpoints under /webhooks to receive credential alerts, signed the Standard
Webhooks way. The signing secret is returned once, on creation and on rotation.

**Audit log** (owners and admins): GET /audit-events gives the workspace's append-only log (sign-ins, members,
API keys, credential events) a page at a time, for a SIEM.

**Outages**: while the database is unavailable, requests get 503 \`database-unavailable\` with Retry-After (seconds).
A change that failed with \`outcome: "unknown"\` may have been made: read the credential before sending it again.`;

const problemContent = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
const etagHeader = { ETag: { description: 'The credential’s version, e.g. "3".', schema: { type: 'string' } } };

function responses(operation: Operation) {
  const { success } = operation;
  const result: Record<string, unknown> = {
    [success.status]: {
      description: success.description,
      ...((success.etag || success.location) && {
        headers: { ...(success.etag && etagHeader), ...(success.location && { Location: { description: 'The new resource’s URL.', schema: { type: 'string' } } }) },
      }),
      ...(success.schema
        ? { content: { 'application/json': { schema: schemaRef(responseSchemas, success.schema) } } }
        : success.status === 200 && { content: { 'application/json': { schema: { type: 'object' } } } }),
    },
  };
  const problems: ProblemType[] = operation.public ? operation.problems : [...operation.problems, 'unauthenticated', 'rate-limited', 'internal', 'database-unavailable'];
  for (const type of problems) {
    const { status, title } = PROBLEMS[type];
    const entry = (result[status] ??= { description: '', content: problemContent }) as { description: string; headers?: unknown };
    entry.description = [entry.description, `\`${type}\`: ${title}.`].filter(Boolean).join(' ');
    if (type === 'rate-limited' || type === 'database-unavailable') entry.headers = { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } };
    if (type === 'version-mismatch') entry.headers = etagHeader;
  }
  return result;
}

function parameters(operation: Operation) {
  const list: unknown[] = [];
  if (operation.path.includes('{id}')) list.push({ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } });
  if (operation.ifMatch) {
    list.push({ name: 'If-Match', in: 'header', required: operation.ifMatch === 'required', description: 'The ETag (version) you read, e.g. "3", or *.', schema: { type: 'string' } });
  }
  if (operation.query) list.push(...queryParameters(operation.query));
  return list;
}

/** The OpenAPI 3.1 document of /api/v1, generated from the operations table and the zod schemas. */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations) {
    const params = parameters(operation);
    (paths[operation.path] ??= {})[operation.method] = {
      operationId: operation.operationId,
      summary: operation.summary,
      ...(operation.description && { description: operation.description }),
      ...(operation.public && { security: [] }),
      ...(params.length > 0 && { parameters: params }),
      ...(operation.body && { requestBody: { required: true, content: { 'application/json': { schema: schemaRef(requestSchemas, operation.body) } } } }),
      responses: responses(operation),
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Credential Manager API', version: '1.0.0', description: DESCRIPTION },
    servers: [{ url: '/api/v1' }],
    security: [{ apiKey: [] }],
    paths,
    components: {
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'A workspace API key (phcm_...).' } },
      schemas: componentSchemas(),
    },
  };
}
