import { auditActionWords, auditDetailWords } from './audit-action-words';
import type { AuditLogEntryDto } from './list-audit-events';

/** One line of the audit log table, as plain values a client component can receive. */
export interface AuditRow {
  id: string;
  action: string;
  words: string;
  detail: string | null;
  at: string;
  who: string | null;
  whoEmail: string | null;
  target: string | null;
  address: string | null;
}

export function toAuditRow(entry: AuditLogEntryDto): AuditRow {
  return {
    id: entry.id,
    action: entry.action,
    words: auditActionWords(entry.action),
    detail: auditDetailWords(entry.detail),
    at: entry.createdAt.toISOString(),
    who: entry.actor.name ?? entry.actor.email,
    whoEmail: entry.actor.name ? entry.actor.email : null,
    target: entry.target?.label ?? null,
    address: entry.clientAddress,
  };
}
