import { apiRoute, json } from '@/lib/api/api-route';
import { checkResource, credentialResource } from '@/lib/api/schemas/credential-resources';
import { etagOf } from '@/lib/api/versioning';
import { recheckCredential } from '@/lib/credentials/recheck-credential';

/** Checks the stored token with Planhat now; the outcome is recorded and returned, whatever it is. */
export const POST = apiRoute<{ id: string }>('Re-checking a credential', async ({ actor, params }) => {
  const { credential, check } = await recheckCredential(actor, params.id, 'api');
  return json({ credential: credentialResource(credential), check: checkResource(check) }, { headers: { ETag: etagOf(credential.version) } });
});
