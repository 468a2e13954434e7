import { apiRoute, json } from '@/lib/api/api-route';
import { answeringRequestRefusals, credentialRequestResource } from '@/lib/api/credential-request-resource';
import { getCredentialRequest } from '@/lib/credential-requests/list-requests';
import { revokeCredentialRequest } from '@/lib/credential-requests/manage-requests';

type Params = { id: string };

export const GET = apiRoute<Params>('Reading a credential request', async ({ actor, params }) => json(credentialRequestResource(await getCredentialRequest(actor, params.id))));

/** Revokes: the link stops working at once. The request stays listed, as revoked. */
export const DELETE = apiRoute<Params>('Revoking a credential request', ({ actor, params }) =>
  answeringRequestRefusals(async () => json(credentialRequestResource(await revokeCredentialRequest(actor, params.id)))),
);
