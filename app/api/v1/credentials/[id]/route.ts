import { apiRoute, json } from '@/lib/api/api-route';
import { duplicateName, inUse, versionMismatch } from '@/lib/api/credential-problems';
import { parseJsonBody } from '@/lib/api/request-input';
import { credentialChangesRequest } from '@/lib/api/schemas/credential-requests';
import { credentialResource } from '@/lib/api/schemas/credential-resources';
import { etagOf, readIfMatch } from '@/lib/api/versioning';
import { deleteCredential } from '@/lib/credentials/delete-credential';
import { getCredential } from '@/lib/credentials/get-credential';
import { updateCredentialDetails } from '@/lib/credentials/update-details';

type Params = { id: string };

export const GET = apiRoute<Params>('Reading a credential', async ({ actor, params }) => {
  const credential = await getCredential(actor, params.id);
  return json(credentialResource(credential), { headers: { ETag: etagOf(credential.version) } });
});

/** Name and description only (no Planhat call); fields left out keep their value. */
export const PATCH = apiRoute<Params>('Editing a credential', async ({ request, actor, params }) => {
  const ifMatch = readIfMatch(request);
  if (!ifMatch.ok) return ifMatch.response;
  const body = await parseJsonBody(request, credentialChangesRequest);
  if (!body.ok) return body.response;
  const current = await getCredential(actor, params.id, 'rename');
  const version = ifMatch.version === 'any' ? current.version : ifMatch.version;
  if (version !== current.version) return versionMismatch(current);
  const name = body.data.name ?? current.name;
  const outcome = await updateCredentialDetails(actor, params.id, { name, description: body.data.description ?? current.description, version });
  if (outcome.ok) return json(credentialResource(outcome.credential), { headers: { ETag: etagOf(outcome.credential.version) } });
  return outcome.problem === 'duplicate-name' ? duplicateName(name) : versionMismatch(outcome.current);
});

/**
 * The UI asks for the name to be typed; over the API the request itself is the confirmation, so
 * the current name is passed for it. If-Match is optional here and honoured when sent.
 */
export const DELETE = apiRoute<Params>('Deleting a credential', async ({ request, actor, params }) => {
  const current = await getCredential(actor, params.id, 'delete');
  if (request.headers.has('if-match')) {
    const ifMatch = readIfMatch(request);
    if (!ifMatch.ok) return ifMatch.response;
    if (ifMatch.version !== 'any' && ifMatch.version !== current.version) return versionMismatch(current);
  }
  const outcome = await deleteCredential(actor, params.id, current.name);
  if (outcome.ok) return new Response(null, { status: 204 });
  // Renamed between our read and the delete: report it like any other concurrent change.
  return outcome.problem === 'in-use' ? inUse(outcome.usage) : versionMismatch(await getCredential(actor, params.id));
});
