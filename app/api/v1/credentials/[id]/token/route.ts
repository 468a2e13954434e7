import { apiRoute, json } from '@/lib/api/api-route';
import { tokenProblem, versionMismatch } from '@/lib/api/credential-problems';
import { parseJsonBody } from '@/lib/api/request-input';
import { tokenReplacementRequest } from '@/lib/api/schemas/credential-requests';
import { credentialResource } from '@/lib/api/schemas/credential-resources';
import { etagOf, readIfMatch } from '@/lib/api/versioning';
import { getCredential } from '@/lib/credentials/get-credential';
import { replaceCredentialToken } from '@/lib/credentials/replace-token';

/** Replaces the token (checked with Planhat unless verify: false); the old ciphertext is overwritten. */
export const PUT = apiRoute<{ id: string }>('Replacing a token', async ({ request, actor, params }) => {
  const ifMatch = readIfMatch(request);
  if (!ifMatch.ok) return ifMatch.response;
  const body = await parseJsonBody(request, tokenReplacementRequest);
  if (!body.ok) return body.response;
  const { apiAccessToken, region, verify, acceptDuplicateToken, acceptNoReadAccess } = body.data;
  const current = await getCredential(actor, params.id, 'replace-token');
  const version = ifMatch.version === 'any' ? current.version : ifMatch.version;
  // Refused before Planhat is asked: a stale replacement should not cost a check.
  if (version !== current.version) return versionMismatch(current);
  const outcome = await replaceCredentialToken(actor, params.id, {
    fields: { apiAccessToken, region },
    verify,
    version,
    confirmed: { duplicateToken: acceptDuplicateToken, noReadAccess: acceptNoReadAccess },
  });
  if (outcome.ok) return json(credentialResource(outcome.credential), { headers: { ETag: etagOf(outcome.credential.version) } });
  return outcome.problem === 'conflict' ? versionMismatch(outcome.current) : tokenProblem(outcome);
});
