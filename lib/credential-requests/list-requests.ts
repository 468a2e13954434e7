import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import type { CredentialDto } from '@/lib/credentials/dto';
import { CredentialError } from '@/lib/credentials/errors';
import { getCredential } from '@/lib/credentials/get-credential';
import { getDb } from '@/lib/db/client';
import type { CredentialRequestDto } from './request-dto';
import { requestSelect, toRequestDto, type RequestRow } from './request-row';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_MS = 86_400_000;

const notFound = () => new CredentialError('not-found', 'This credential request does not exist or you do not have access to it.');

/** A request of the actor's workspace; another workspace's is "not found", like a credential. */
export async function findRequest(actor: Actor, id: string): Promise<RequestRow> {
  if (!UUID.test(id)) throw notFound();
  const db = await getDb();
  const row = await db.credentialRequest.findFirst({ where: { id, workspaceId: actor.workspaceId }, select: requestSelect });
  if (!row) throw notFound();
  return row;
}

async function emailStates(ids: string[]): Promise<Map<string, CredentialRequestDto['email']>> {
  if (ids.length === 0) return new Map();
  const db = await getDb();
  const rows = await db.emailMessage.findMany({ where: { purpose: 'credential-request', refId: { in: ids } }, select: { refId: true, status: true, lastError: true } });
  return new Map(rows.map((row) => [row.refId, { status: row.status as 'queued' | 'sent' | 'failed', lastError: row.lastError }]));
}

export async function getCredentialRequest(actor: Actor, id: string): Promise<CredentialRequestDto> {
  const row = await findRequest(actor, id);
  return toRequestDto(row, actor, (await emailStates([id])).get(id) ?? null);
}

export interface RequestPage {
  items: CredentialRequestDto[];
  nextCursor: string | null;
  /** Requests of the workspace whose link still works. */
  pendingCount: number;
}

/** The workspace's requests, newest first, `limit` at a time after `cursor`. */
export async function listCredentialRequests(actor: Actor, { limit = 25, cursor }: { limit?: number; cursor?: string } = {}): Promise<RequestPage> {
  const after = cursor ? decodeCursor(cursor) : null;
  if (cursor && !after) throw new CredentialError('not-found', 'This page of requests does not exist: start again from the first page.');
  const db = await getDb();
  const now = new Date();
  const [rows, pendingCount] = await Promise.all([
    db.credentialRequest.findMany({
      where: {
        workspaceId: actor.workspaceId,
        ...(after && { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit + 1,
      select: requestSelect,
    }),
    db.credentialRequest.count({ where: { workspaceId: actor.workspaceId, status: { in: ['pending', 'opened'] }, expiresAt: { gt: now } } }),
  ]);
  const page = rows.slice(0, limit);
  const emails = await emailStates(page.map((row) => row.id));
  const last = page.at(-1);
  return {
    items: page.map((row) => toRequestDto(row, actor, emails.get(row.id) ?? null, now)),
    nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
    pendingCount,
  };
}

/**
 * The credential that arrived through a request this person made from a source or destination
 * flow, within a day, that nothing uses yet: back on that flow's Authenticate step it is selected.
 */
export async function flowHandoff(actor: Actor, kind: 'source' | 'destination'): Promise<{ requestId: string; credential: CredentialDto } | null> {
  const db = await getDb();
  const row = await db.credentialRequest.findFirst({
    where: {
      workspaceId: actor.workspaceId,
      requestedById: actor.userId,
      flowKind: kind,
      status: 'fulfilled',
      fulfilledAt: { gt: new Date(Date.now() - DAY_MS) },
      credential: { sources: { none: {} }, destinations: { none: {} } },
    },
    orderBy: { fulfilledAt: 'desc' },
    select: { id: true, credentialId: true },
  });
  if (!row?.credentialId) return null;
  try {
    return { requestId: row.id, credential: await getCredential(actor, row.credentialId) };
  } catch (error) {
    if (error instanceof CredentialError) return null;
    throw error;
  }
}
