import 'server-only';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/credentials/authz';
import { CredentialError } from '@/lib/credentials/errors';
import { getCredential } from '@/lib/credentials/get-credential';
import { getKeyring } from '@/lib/credentials/keyring';
import { getDb } from '@/lib/db/client';
import { appUrl } from '@/lib/email/app-url';
import { emailEnabled } from '@/lib/email/email-settings';
import { queueEmails } from '@/lib/email/queue-emails';
import { requestLinkEmail } from '@/lib/email/request-link-email';
import { log } from '@/lib/log';
import { linkSecretFor, linkSecretHash } from '@/lib/vault';
import { expiryMs } from './expiry';
import { REQUEST_LINK_PATH } from './link-path';
import type { CredentialRequestDto } from './request-dto';
import { findRequest } from './list-requests';
import { isUsable, mayManage, requestSelect, stateOf, toRequestDto } from './request-row';
import type { CredentialRequestInput, RequestFlow } from './schemas';

export type RequestEmailOutcome = 'none' | 'off' | 'queued' | 'not-queued';

export interface NewCredentialRequest extends CredentialRequestInput {
  flow?: RequestFlow;
  /** Ask for a new token for this credential instead of a new credential. */
  replaceCredentialId?: string;
}

const linkUrl = (secret: string) => `${appUrl(REQUEST_LINK_PATH)}#${secret}`;

/**
 * Makes a one-time link for someone without an account to hand over a token: a new credential, or
 * (replaceCredentialId) a new token for one the actor may replace the token of. Returns the link
 * once; when a recipient email is given and this server sends email, it is emailed to them too.
 */
export async function createCredentialRequest(actor: Actor, input: NewCredentialRequest): Promise<{ request: CredentialRequestDto; url: string; email: RequestEmailOutcome }> {
  authorize(actor, 'create');
  const target = input.replaceCredentialId ? await getCredential(actor, input.replaceCredentialId, 'replace-token') : null;
  const db = await getDb();
  const keyring = getKeyring();
  const id = randomUUID();
  const salt = randomBytes(32).toString('base64url');
  const keyId = keyring.activeKey.id;
  const secret = linkSecretFor(keyring, { keyId, id, salt })!;
  const createdAt = new Date();
  const expiresAt = new Date(createdAt.getTime() + expiryMs[input.expiresIn]);
  const row = await db.credentialRequest.create({
    data: {
      id,
      workspaceId: actor.workspaceId,
      requestedById: actor.userId,
      purpose: target ? 'replace' : 'new',
      targetCredentialId: target?.id ?? null,
      name: target ? target.name : (input.name ?? ''),
      note: input.note,
      recipientEmail: input.recipientEmail ?? null,
      expiresIn: input.expiresIn,
      flowKind: target ? null : (input.flow?.kind ?? null),
      flowModels: target ? [] : (input.flow?.models ?? []),
      secretHash: linkSecretHash(secret),
      secretSalt: salt,
      keyId,
      expiresAt,
      createdAt,
    },
    select: requestSelect,
  });
  const email = await emailLink(actor, row.id, input.recipientEmail, { note: input.note, replacing: target?.name ?? null, expiresAt });
  const emailState = email === 'queued' ? ({ status: 'queued', lastError: null } as const) : null;
  return { request: toRequestDto(row, actor, emailState), url: linkUrl(secret), email };
}

async function emailLink(actor: Actor, requestId: string, to: string | undefined, about: { note: string; replacing: string | null; expiresAt: Date }): Promise<RequestEmailOutcome> {
  if (!to) return 'none';
  if (!emailEnabled()) return 'off';
  try {
    await queueEmails([requestLinkEmail({ requestId, to, workspaceName: actor.workspaceName, requesterName: actor.name, ...about })]);
    return 'queued';
  } catch (error) {
    log.error(`request ${requestId} link email could not be queued: ${(error as Error).message}`);
    return 'not-queued';
  }
}

async function manageable(actor: Actor, id: string, doing: string) {
  const row = await findRequest(actor, id);
  if (!mayManage(actor, row)) throw new CredentialError('forbidden', `Only the person who made this request, or a workspace owner or admin, can ${doing}.`);
  const state = stateOf(row);
  if (!isUsable(state)) throw new CredentialError('conflict', `This request is ${state}: its link no longer works, so there is nothing to ${doing}.`);
  return row;
}

/** The same link again, for its requester (or an owner or admin) while it can still be used. */
export async function credentialRequestLink(actor: Actor, id: string): Promise<string> {
  await manageable(actor, id, 'copy its link');
  const db = await getDb();
  const { keyId, secretSalt } = await db.credentialRequest.findUniqueOrThrow({ where: { id }, select: { keyId: true, secretSalt: true } });
  const secret = linkSecretFor(getKeyring(), { keyId, id, salt: secretSalt });
  if (!secret) {
    throw new CredentialError('conflict', 'This link was made with an encryption key this server no longer has, so it cannot be shown again. Revoke it and make a new request.');
  }
  return linkUrl(secret);
}

/** Stops the link working at once. A save through it already under way is refused when it finishes. */
export async function revokeCredentialRequest(actor: Actor, id: string): Promise<CredentialRequestDto> {
  await manageable(actor, id, 'revoke');
  const db = await getDb();
  const { count } = await db.credentialRequest.updateMany({
    where: { id, workspaceId: actor.workspaceId, status: { in: ['pending', 'opened'] }, expiresAt: { gt: new Date() } },
    data: { status: 'revoked', revokedAt: new Date() },
  });
  const after = await findRequest(actor, id);
  if (count === 0) throw new CredentialError('conflict', `This request is ${stateOf(after)}: there is nothing to revoke.`);
  return toRequestDto(after, actor);
}
