import { apiRoute, json } from '@/lib/api/api-route';
import { duplicateName, tokenProblem } from '@/lib/api/credential-problems';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import { problem } from '@/lib/api/problem';
import { parseJsonBody, parseQuery } from '@/lib/api/request-input';
import { credentialListQuery, newCredentialRequest } from '@/lib/api/schemas/credential-requests';
import { credentialResource } from '@/lib/api/schemas/credential-resources';
import { etagOf } from '@/lib/api/versioning';
import { createCredential } from '@/lib/credentials/create-credential';
import { listCredentialsPage } from '@/lib/credentials/list-credentials-page';

export const GET = apiRoute('Listing credentials', async ({ request, actor }) => {
  const query = parseQuery(request, credentialListQuery);
  if (!query.ok) return query.response;
  const { cursor, ...filters } = query.data;
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  if (after === null) {
    return problem('invalid-request', 'This cursor is not one we gave out. Pass `nextCursor` from the previous page unchanged.', { errors: [{ parameter: 'cursor', detail: 'Unknown cursor.' }] });
  }
  const page = await listCredentialsPage(actor, { ...filters, after });
  return json({ items: page.items.map(credentialResource), nextCursor: page.next && encodeCursor(page.next) });
});

export const POST = apiRoute('Creating a credential', async ({ request, actor }) => {
  const body = await parseJsonBody(request, newCredentialRequest);
  if (!body.ok) return body.response;
  const { connector, name, description, apiAccessToken, region, verify, acceptDuplicateToken, acceptNoReadAccess } = body.data;
  const outcome = await createCredential(actor, {
    connector,
    name,
    description,
    fields: { apiAccessToken, region },
    verify,
    confirmed: { duplicateToken: acceptDuplicateToken, noReadAccess: acceptNoReadAccess },
  });
  if (!outcome.ok) return outcome.problem === 'duplicate-name' ? duplicateName(name) : tokenProblem(outcome);
  const { credential } = outcome;
  return json(credentialResource(credential), {
    status: 201,
    headers: { Location: `/api/v1/credentials/${credential.id}`, ETag: etagOf(credential.version) },
  });
});
