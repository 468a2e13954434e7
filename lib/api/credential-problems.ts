import 'server-only';
import type { CredentialUsage } from '@/lib/credentials/credential-usage';
import type { CredentialDto } from '@/lib/credentials/dto';
import type { TokenProblem } from '@/lib/credentials/vet-token';
import { problem } from './problem';
import { checkResource, credentialResource, usageResource } from './schemas/credential-resources';
import { etagOf } from './versioning';

// The same advice the Add New Credential overlay gives, worded for someone calling the API.
const TOKEN_REJECTED =
  'Planhat did not accept this token. Check that you copied all of it, that its service account (Private App) is active and not paused, and, if you set a region, that it is the right one.';

/** Why a token was not stored, with what the client needs to decide its next request. */
export function tokenProblem(outcome: TokenProblem): Response {
  switch (outcome.problem) {
    case 'duplicate-token':
      return problem('duplicate-token', `This token is already saved as “${outcome.existingName}”. Use that credential, or send acceptDuplicateToken: true to save it again.`, {
        existingName: outcome.existingName,
      });
    case 'invalid-token': {
      const midway = outcome.check.reasonCode === 'token-rejected-midway' && outcome.check.reason;
      return problem('token-rejected', midway || TOKEN_REJECTED, { check: checkResource(outcome.check), errors: [{ pointer: '/apiAccessToken', detail: midway || TOKEN_REJECTED }] });
    }
    case 'unreachable':
      return problem('planhat-unreachable', `${outcome.check.reason ?? 'Planhat did not answer.'} Try again later, or send verify: false to save the token without checking it.`, {
        check: checkResource(outcome.check),
      });
    case 'no-read-access':
      return problem('no-read-access', 'Planhat accepts this token, but it cannot read any data model. Grant the service account read permissions, or send acceptNoReadAccess: true to save it anyway.', {
        check: checkResource(outcome.check),
      });
  }
}

export const duplicateName = (name: string) =>
  problem('duplicate-name', `A credential named “${name}” already exists in this workspace. Choose another name.`, {
    errors: [{ pointer: '/name', detail: 'This name is taken in this workspace.' }],
  });

/** 412 with the credential as it is now, so the client can show or merge it and retry with its ETag. */
export const versionMismatch = (current: CredentialDto) =>
  problem('version-mismatch', `The credential is at version ${current.version} now: someone changed it since you read it. Review \`current\` and send your change again with If-Match: "${current.version}".`, { current: credentialResource(current) }, { ETag: etagOf(current.version) });

export const inUse = (usage: CredentialUsage) =>
  problem('in-use', 'This credential is in use and cannot be deleted. Move the sources and destinations listed in `usage` to another credential, or delete them, first.', {
    usage: usageResource(usage),
  });
