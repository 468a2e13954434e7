import 'server-only';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import type { Actor } from '@/lib/auth/actor';
import { CredentialError } from '@/lib/credentials/errors';
import { getDb } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { AUDIT_LOG_READERS_ONLY, canReadAuditLog } from './audit-access';
import { ALL_AUDIT_LOG_ACTIONS, AUDIT_ACTION_GROUPS } from './audit-actions';
import { AuditQueryError } from './audit-query-error';

export const AUDIT_PAGE_SIZE = 50;
export const MAX_AUDIT_PAGE_SIZE = 200;

export interface AuditLogFilters {
  /** One action (`sign-in.failed`) or a group (`sign-in`). */
  action?: string;
  /** The user id of the person who acted. */
  actorId?: string;
  since?: Date;
  until?: Date;
}

export interface AuditLogEntryDto {
  id: string;
  action: string;
  createdAt: Date;
  actor: { id: string | null; name: string | null; email: string | null };
  target: { type: string; id: string | null; label: string | null } | null;
  clientAddress: string | null;
  userAgent: string | null;
  detail: Record<string, unknown> | null;
}

export interface AuditLogPage {
  items: AuditLogEntryDto[];
  nextCursor: string | null;
}

interface Row {
  id: string;
  action: string;
  createdAt: Date;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
  clientAddress: string | null;
  userAgent: string | null;
  detail: unknown;
}

export const isAuditActionFilter = (value: string) => ALL_AUDIT_LOG_ACTIONS.includes(value as never) || AUDIT_ACTION_GROUPS.includes(value);

function conditions(workspaceId: string, filters: AuditLogFilters, cursor: string | undefined): Prisma.Sql[] {
  const where = [Prisma.sql`"workspaceId" = ${workspaceId}`];
  const { action, actorId, since, until } = filters;
  if (action !== undefined) {
    if (!isAuditActionFilter(action)) throw new AuditQueryError('action', `“${action.slice(0, 60)}” is not an audit action or group. Use one such as sign-in, member or sign-in.failed.`);
    where.push(action.includes('.') ? Prisma.sql`"action" = ${action}` : Prisma.sql`"action" LIKE ${`${action}.%`}`);
  }
  if (actorId !== undefined) {
    // Postgres text cannot hold NUL; no id holds a control character.
    if (!actorId || /[\u0000-\u001f\u007f]/.test(actorId) || !actorId.isWellFormed()) throw new AuditQueryError('actor', 'That is not the id of a person: choose someone from the list, or pass `actor.id` of an entry.');
    where.push(Prisma.sql`"actorId" = ${actorId}`);
  }
  if (since && until && since > until) throw new AuditQueryError('until', 'The end of the date range is before its start: swap them or widen the range.');
  if (since) where.push(Prisma.sql`"createdAt" >= ${since}`);
  if (until) where.push(Prisma.sql`"createdAt" <= ${until}`);
  if (cursor !== undefined) {
    const after = decodeCursor(cursor);
    if (!after) throw new AuditQueryError('cursor', 'This cursor is not one we gave out. Pass `nextCursor` from the previous page unchanged, or start again from the first page.');
    where.push(Prisma.sql`("createdAt", "id") < (${after.createdAt}, ${after.id}::uuid)`);
  }
  return where;
}

const toDto = (row: Row, names: Map<string, string>): AuditLogEntryDto => ({
  id: row.id,
  action: row.action,
  createdAt: row.createdAt,
  actor: { id: row.actorId, name: row.actorName ?? (row.actorId && names.get(row.actorId)) ?? null, email: row.actorEmail },
  target: row.targetType ? { type: row.targetType, id: row.targetId, label: row.targetLabel } : null,
  clientAddress: row.clientAddress,
  userAgent: row.userAgent,
  detail: row.detail && typeof row.detail === 'object' && !Array.isArray(row.detail) ? (row.detail as Record<string, unknown>) : null,
});

/**
 * The actor's workspace's audit log (its own entries and the credential history), newest first,
 * `limit` at a time after `cursor`. Entries with the same time are ordered by id, so no page
 * boundary drops or repeats one.
 */
export async function listAuditEvents(actor: Actor, filters: AuditLogFilters = {}, { limit = AUDIT_PAGE_SIZE, cursor }: { limit?: number; cursor?: string } = {}): Promise<AuditLogPage> {
  if (!canReadAuditLog(actor)) throw new CredentialError('forbidden', AUDIT_LOG_READERS_ONLY);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_AUDIT_PAGE_SIZE) throw new AuditQueryError('limit', `Use a whole number from 1 to ${MAX_AUDIT_PAGE_SIZE}.`);
  const where = Prisma.join(conditions(actor.workspaceId, filters, cursor), ' AND ');
  const db = await getDb();
  const rows = await db.$queryRaw<Row[]>`
    SELECT "id"::text AS "id", "action", "createdAt", "actorId", "actorName", "actorEmail", "targetType", "targetId", "targetLabel", "clientAddress", "userAgent", "detail"
    FROM "AuditLogEntry" WHERE ${where}
    ORDER BY "createdAt" DESC, "id" DESC
    LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  // Entries of the workspace log keep the email; the name shown is the person's current one.
  const unnamed = [...new Set(page.filter((row) => !row.actorName && row.actorId).map((row) => row.actorId!))];
  const users = unnamed.length ? await db.user.findMany({ where: { id: { in: unnamed } }, select: { id: true, name: true } }) : [];
  const names = new Map(users.map((user) => [user.id, user.name]));
  return {
    items: page.map((row) => toDto(row, names)),
    nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
  };
}
