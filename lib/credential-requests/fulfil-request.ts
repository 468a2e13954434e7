import 'server-only';
import { newCredentialColumns } from '@/lib/credentials/create-credential';
import { recordEvent } from '@/lib/credentials/audit';
import { getKeyring } from '@/lib/credentials/keyring';
import { replacedTokenColumns, tokenReplacedEvent } from '@/lib/credentials/replace-token';
import type { CheckResult } from '@/lib/credentials/run-check';
import { nameKey } from '@/lib/credentials/schemas';
import { getDb } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { FoundLink } from './find-link';
import type { LinkSubmission } from './link-outcomes';

/** The link was revoked, or its target deleted, while the token was being checked. */
export class LinkSpentError extends Error {}
/** Another credential took the name while the token was being checked. */
export class NameTakenError extends Error {}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/**
 * Writes what the link was for (a new credential, or a new token for its target) together with the
 * link's "fulfilled", in one transaction that first locks the request row and finds it still ours
 * and unused. Returns the credential's id.
 */
export async function fulfilRequest({ link, claimId, check, input, clientAddress }: { link: FoundLink; claimId: string; check: CheckResult | null; input: LinkSubmission; clientAddress: string | null }): Promise<string> {
  const db = await getDb();
  const keyring = getKeyring();
  const { requester } = link;
  const trail = { requestLinkId: link.id, clientAddress };
  try {
    return await db.$transaction(async (tx) => {
      const [request] = await tx.$queryRaw<{ status: string; claimId: string | null }[]>`
        SELECT "status"::text AS "status", "claimId"::text AS "claimId" FROM "CredentialRequest" WHERE "id" = ${link.id}::uuid FOR UPDATE`;
      if (!request || request.claimId !== claimId || !['pending', 'opened'].includes(request.status)) throw new LinkSpentError();
      let credentialId: string;
      if (link.purpose === 'new') {
        const { row, event } = newCredentialColumns(requester, keyring, { connector: 'planhat', name: input.name, description: input.description, fields: input.fields }, check, trail);
        // twinConfirmed: a token saved already is kept apart from the one-per-token rule, as after "Save anyway".
        await tx.credential.create({ data: { ...row, nameKey: nameKey(row.name), twinConfirmed: true, accessReport: row.accessReport ?? Prisma.DbNull } });
        await tx.credentialEvent.create({ data: event });
        credentialId = row.id;
      } else {
        const target = link.target!;
        const owner = { id: target.id, workspaceId: requester.workspaceId, connector: 'planhat' };
        const { count } = await tx.credential.updateMany({ where: { id: target.id, workspaceId: requester.workspaceId }, data: replacedTokenColumns(keyring, owner, input.fields, check, true) });
        if (count === 0) throw new LinkSpentError();
        await recordEvent(tx, requester, { id: target.id, name: target.name, workspaceId: requester.workspaceId }, 'token-replaced', tokenReplacedEvent(check, trail));
        credentialId = target.id;
      }
      await tx.credentialRequest.update({ where: { id: link.id }, data: { status: 'fulfilled', fulfilledAt: new Date(), credentialId, claimId: null, claimedUntil: null } });
      return credentialId;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new NameTakenError();
    throw error;
  }
}
