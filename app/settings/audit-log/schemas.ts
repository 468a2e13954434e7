import { z } from 'zod';
import { ALL_AUDIT_LOG_ACTIONS, AUDIT_ACTION_GROUPS } from '@/lib/audit/audit-actions';
import type { AuditLogFilters } from '@/lib/audit/list-audit-events';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date such as 2026-12-01.')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'Use a date such as 2026-12-01.')
  .optional()
  .or(z.literal('').transform(() => undefined));

const choice = (allowed: readonly string[], message: string) => z.string().refine((value) => allowed.includes(value), message).optional().or(z.literal('').transform(() => undefined));

/** The audit log page's GET parameters (the filter form), also what "Load more" sends back. */
export const auditFilterParams = z.object({
  action: choice([...AUDIT_ACTION_GROUPS, ...ALL_AUDIT_LOG_ACTIONS], 'Choose a kind of event from the list.'),
  person: z.literal('').transform(() => undefined).or(z.string().max(200, 'Choose someone from the list, or Anyone.')).optional(),
  from: day,
  to: day,
});

export type AuditFilterParams = z.output<typeof auditFilterParams>;

/** Dates are whole UTC days: "to" includes all of its day. */
export function toAuditFilters(params: AuditFilterParams): AuditLogFilters {
  return {
    action: params.action,
    actorId: params.person,
    since: params.from ? new Date(`${params.from}T00:00:00.000Z`) : undefined,
    until: params.to ? new Date(`${params.to}T23:59:59.999Z`) : undefined,
  };
}
