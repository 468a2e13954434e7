import 'server-only';
import { randomUUID } from 'node:crypto';
import { publishLifecycleAlert } from '@/lib/alerts/lifecycle-alerts';
import { findClashes } from '@/lib/credentials/clashes';
import { getKeyring } from '@/lib/credentials/keyring';
import { accessReportOf, type CheckResult } from '@/lib/credentials/run-check';
import { getCredential } from '@/lib/credentials/get-credential';
import { credentialNameSchema } from '@/lib/credentials/schemas';
import { vetToken } from '@/lib/credentials/vet-token';
import { getDb } from '@/lib/db/client';
import { findUsableLink, INVALID_LINK, type FoundLink } from './find-link';
import { fulfilRequest, LinkSpentError, NameTakenError } from './fulfil-request';
import type { LinkClient, LinkSubmission, SubmitOutcome } from './link-outcomes';
import { tellRequester } from './tell-requester';

export const MAX_FAILED_ATTEMPTS = 10;
// Longer than the longest check with Planhat, so a claim is never taken over while its save goes on.
const CLAIM_MS = 120_000;

/**
 * Saves a token through a request link: a new credential in the requester's workspace, or the new
 * token of the credential the request names. The link works once: a save claims it first (a second
 * window is told it is busy), and the credential and the link's "fulfilled" are written in one
 * transaction that locks the request, so of two racing saves exactly one wins. Ten wrong tokens
 * lock the link and tell the requester.
 */
export async function submitRequestLink(secret: string, client: LinkClient, input: LinkSubmission): Promise<SubmitOutcome> {
  const found = await findUsableLink(secret, client, 'save');
  if (!found.ok) return found;
  const { link } = found;
  const db = await getDb();
  const claimId = randomUUID();
  const now = new Date();
  const { count } = await db.credentialRequest.updateMany({
    where: { id: link.id, status: { in: ['pending', 'opened'] }, expiresAt: { gt: now }, OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] },
    data: { claimId, claimedUntil: new Date(now.getTime() + CLAIM_MS) },
  });
  if (count === 0) {
    const after = await db.credentialRequest.findUnique({ where: { id: link.id }, select: { status: true, claimedUntil: true } });
    return after && ['pending', 'opened'].includes(after.status) && after.claimedUntil && after.claimedUntil > now ? { ok: false, problem: 'busy' } : INVALID_LINK;
  }
  try {
    return await saveThrough(link, claimId, client, input);
  } finally {
    await db.credentialRequest.updateMany({ where: { id: link.id, claimId }, data: { claimId: null, claimedUntil: null } });
  }
}

async function saveThrough(link: FoundLink, claimId: string, client: LinkClient, input: LinkSubmission): Promise<SubmitOutcome> {
  const db = await getDb();
  const { requester } = link;
  const checkedName = credentialNameSchema.safeParse(input.name);
  if (link.purpose === 'new' && !checkedName.success) return { ok: false, problem: 'invalid-name', message: checkedName.error.issues[0]?.message ?? 'Enter a credential name.' };
  const name = link.purpose === 'replace' ? link.target!.name : checkedName.data!;
  if (link.purpose === 'new') {
    const { nameTaken } = await findClashes(db, getKeyring(), { workspaceId: requester.workspaceId, connector: 'planhat', name, token: input.fields.apiAccessToken, lookForTwins: false });
    if (nameTaken) return { ok: false, problem: 'duplicate-name' };
  }
  // The recipient may not learn what else the workspace holds, so a token saved already is not asked about.
  const vetted = await vetToken({ fields: input.fields, verify: input.verify, confirmed: { duplicateToken: true, noReadAccess: input.confirmed?.noReadAccess }, onProbe: input.onProbe }, null);
  if (!vetted.ok) {
    if (vetted.problem === 'invalid-token') return countFailure(link, vetted.check);
    if (vetted.problem === 'duplicate-token') throw new Error('A request link never asks about duplicate tokens');
    return { ok: false, problem: vetted.problem, check: vetted.check };
  }
  const { check } = vetted;
  let credentialId: string;
  try {
    credentialId = await fulfilRequest({ link, claimId, check, input: { ...input, name }, clientAddress: client.address });
  } catch (error) {
    if (error instanceof LinkSpentError) return INVALID_LINK;
    if (error instanceof NameTakenError) return { ok: false, problem: 'duplicate-name' };
    throw error;
  }
  const credential = await getCredential(requester, credentialId);
  if (link.purpose === 'new') await publishLifecycleAlert('credential.created', requester, credential);
  await tellRequester({
    requestId: link.id,
    workspace: { id: requester.workspaceId, name: requester.workspaceName },
    requester: { id: requester.userId, name: requester.name, email: requester.email },
    event: 'fulfilled',
    credential: { id: credential.id, name: credential.name },
    purpose: link.purpose,
    flowKind: link.flowKind,
  });
  return { ok: true, done: { requesterName: requester.name, credentialName: credential.name, accessReport: check ? accessReportOf(check) : null, verified: check !== null } };
}

async function countFailure(link: FoundLink, check: CheckResult): Promise<SubmitOutcome> {
  const db = await getDb();
  const [row] = await db.$queryRaw<{ failedAttempts: number; status: string }[]>`
    UPDATE "CredentialRequest" SET
      "failedAttempts" = "failedAttempts" + 1,
      "status" = CASE WHEN "failedAttempts" + 1 >= ${MAX_FAILED_ATTEMPTS} THEN 'locked'::"CredentialRequestStatus" ELSE "status" END,
      "lockedAt" = CASE WHEN "failedAttempts" + 1 >= ${MAX_FAILED_ATTEMPTS} THEN ${new Date()} ELSE "lockedAt" END
    WHERE "id" = ${link.id}::uuid
    RETURNING "failedAttempts", "status"::text AS "status"`;
  const failed = row?.failedAttempts ?? MAX_FAILED_ATTEMPTS;
  if (row?.status !== 'locked') return { ok: false, problem: 'invalid-token', check, attemptsLeft: MAX_FAILED_ATTEMPTS - failed };
  const { requester } = link;
  await tellRequester({
    requestId: link.id,
    workspace: { id: requester.workspaceId, name: requester.workspaceName },
    requester: { id: requester.userId, name: requester.name, email: requester.email },
    event: 'locked',
    credential: link.target ? { id: link.target.id, name: link.target.name } : null,
    purpose: link.purpose,
    flowKind: link.flowKind,
  });
  return { ok: false, problem: 'locked', requesterName: requester.name };
}
