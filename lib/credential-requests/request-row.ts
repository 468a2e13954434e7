import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ExpiresIn } from './expiry';
import type { CredentialRequestDto, RequestPurpose, RequestState } from './request-dto';

export const requestSelect = {
  id: true,
  workspaceId: true,
  purpose: true,
  name: true,
  note: true,
  recipientEmail: true,
  expiresIn: true,
  flowKind: true,
  flowModels: true,
  status: true,
  createdAt: true,
  expiresAt: true,
  openedAt: true,
  fulfilledAt: true,
  revokedAt: true,
  lockedAt: true,
  failedAttempts: true,
  requestedBy: { select: { id: true, name: true } },
  target: { select: { id: true, name: true } },
  credential: { select: { id: true, name: true } },
} satisfies Prisma.CredentialRequestSelect;

export type RequestRow = Prisma.CredentialRequestGetPayload<{ select: typeof requestSelect }>;

/** Expiry is judged by this server's clock, so every instance and test agrees with what it shows. */
export function stateOf(row: { status: string; expiresAt: Date }, now = new Date()): RequestState {
  if (row.status === 'fulfilled' || row.status === 'revoked' || row.status === 'locked') return row.status;
  if (row.expiresAt.getTime() <= now.getTime()) return 'expired';
  return row.status === 'opened' ? 'opened' : 'pending';
}

export const isUsable = (state: RequestState) => state === 'pending' || state === 'opened';

/** The requester, and the workspace's owners and admins, may copy a link again and revoke it. */
export const mayManage = (actor: Actor, row: { requestedBy: { id: string } }) =>
  actor.role === 'owner' || actor.role === 'admin' || row.requestedBy.id === actor.userId;

type EmailState = CredentialRequestDto['email'];

export function toRequestDto(row: RequestRow, actor: Actor, email: EmailState = null, now = new Date()): CredentialRequestDto {
  const state = stateOf(row, now);
  const manage = mayManage(actor, row);
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return {
    id: row.id,
    purpose: row.purpose as RequestPurpose,
    state,
    name: row.purpose === 'replace' ? (row.target?.name ?? row.name) : row.name,
    note: row.note,
    recipientEmail: row.recipientEmail,
    expiresIn: row.expiresIn as ExpiresIn,
    flow: row.flowKind === 'source' || row.flowKind === 'destination' ? { kind: row.flowKind, models: row.flowModels } : null,
    requestedBy: row.requestedBy,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    openedAt: iso(row.openedAt),
    fulfilledAt: iso(row.fulfilledAt),
    revokedAt: iso(row.revokedAt),
    lockedAt: iso(row.lockedAt),
    failedAttempts: row.failedAttempts,
    target: row.target,
    credential: row.credential,
    email,
    can: { copyLink: manage && isUsable(state), revoke: manage && isUsable(state) },
  };
}
