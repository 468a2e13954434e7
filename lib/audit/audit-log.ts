import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { clientAddress } from '@/lib/http/client-address';
import type { AuditAction } from './audit-actions';

type AuditDb = Pick<Db, 'auditEvent' | 'member'>;

export interface AuditActor {
  id: string | null;
  email: string | null;
}

export interface AuditTarget {
  type: string;
  id: string;
  label?: string | null;
}

export interface AuditEntry {
  action: AuditAction;
  actor: AuditActor;
  target?: AuditTarget | null;
  /** The request that caused it, for the client's address and user agent. */
  headers?: Headers | null;
  /** What happened, in words a SIEM can filter on. Never a secret. */
  detail?: Prisma.InputJsonValue;
}

const MAX_USER_AGENT = 512;

function rowOf(workspaceId: string | null, entry: AuditEntry): Prisma.AuditEventCreateManyInput {
  return {
    workspaceId,
    action: entry.action,
    actorId: entry.actor.id,
    actorEmail: entry.actor.email,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    targetLabel: entry.target?.label ?? null,
    clientAddress: clientAddress(entry.headers),
    userAgent: entry.headers?.get('user-agent')?.slice(0, MAX_USER_AGENT) ?? null,
    detail: entry.detail,
  };
}

/** Appends one entry to a workspace's audit log. */
export async function recordAuditEvent(db: AuditDb, workspaceId: string, entry: AuditEntry) {
  await db.auditEvent.create({ data: rowOf(workspaceId, entry) });
}

/**
 * Appends an event of a person's account (a sign-in, a second factor, a passkey) to the log of
 * every workspace they belong to, so each workspace's owners see it; with no workspace, to the
 * install's log (workspaceId null).
 */
export async function recordAccountAuditEvent(db: AuditDb, userId: string, entry: AuditEntry) {
  const memberships = await db.member.findMany({ where: { userId }, select: { organizationId: true } });
  const workspaceIds = memberships.length ? memberships.map((m) => m.organizationId) : [null];
  await db.auditEvent.createMany({ data: workspaceIds.map((id) => rowOf(id, entry)) });
}
