import { apiRoute, json } from '@/lib/api/api-route';
import { answeringRequestRefusals, credentialRequestResource } from '@/lib/api/credential-request-resource';
import { pagePosition } from '@/lib/api/webhooks/page-cursor';
import { parseJsonBody, parseQuery } from '@/lib/api/request-input';
import { credentialRequestListQuery, newCredentialRequestBody } from '@/lib/api/schemas/credential-request-api';
import { listCredentialRequests } from '@/lib/credential-requests/list-requests';
import { createCredentialRequest } from '@/lib/credential-requests/manage-requests';

export const GET = apiRoute('Listing credential requests', async ({ request, actor }) => {
  const query = parseQuery(request, credentialRequestListQuery);
  if (!query.ok) return query.response;
  const position = pagePosition(query.data.cursor);
  if (!position.ok) return position.response;
  const page = await listCredentialRequests(actor, { limit: query.data.limit, cursor: query.data.cursor });
  return json({ items: page.items.map(credentialRequestResource), nextCursor: page.nextCursor });
});

/** The answer holds the link (`url`): the only time it is given out by the API. */
export const POST = apiRoute('Creating a credential request', ({ request, actor }) =>
  answeringRequestRefusals(async () => {
    const body = await parseJsonBody(request, newCredentialRequestBody);
    if (!body.ok) return body.response;
    const { request: created, url, email } = await createCredentialRequest(actor, body.data);
    return json({ ...credentialRequestResource(created), url, emailOutcome: email }, { status: 201, headers: { Location: `/api/v1/credential-requests/${created.id}` } });
  }),
);
