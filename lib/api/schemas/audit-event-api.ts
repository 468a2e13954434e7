// What GET /api/v1/audit-events accepts and returns.
import { z } from 'zod';
import { ALL_AUDIT_LOG_ACTIONS, AUDIT_ACTION_GROUPS } from '@/lib/audit/audit-actions';

const ACTION_FILTERS = [...AUDIT_ACTION_GROUPS, ...ALL_AUDIT_LOG_ACTIONS] as [string, ...string[]];
const PAGE_LIMIT = 'Use a whole number from 1 to 200.';
const ACTOR = 'Use the id of the person who acted, as `actor.id` of an entry shows it.';
const TIME = 'Use an ISO 8601 time with its offset, such as 2026-12-01T00:00:00Z.';

const time = z.iso.datetime({ offset: true, error: TIME }).transform((value) => new Date(value));

export const auditEventListQuery = z.object({
  action: z
    .enum(ACTION_FILTERS, { error: 'Use an audit action such as sign-in.failed, or a group such as sign-in (the OpenAPI document lists them all).' })
    .optional()
    .meta({ description: 'One action (`sign-in.failed`) or a group: the part before the dot (`sign-in`, `member`, `credential`...).' }),
  actor: z.string({ error: ACTOR }).min(1, ACTOR).max(200, ACTOR).regex(/^[^\u0000-\u001f\u007f]+$/, ACTOR).optional().meta({ description: 'Only entries of this person (their user id, `actor.id` in an entry).' }),
  since: time.optional().meta({ description: 'Only entries at or after this time.' }),
  until: time.optional().meta({ description: 'Only entries at or before this time.' }),
  limit: z.coerce.number({ error: PAGE_LIMIT }).int(PAGE_LIMIT).min(1, PAGE_LIMIT).max(200, PAGE_LIMIT).default(50).meta({ description: 'Entries per page, newest first.' }),
  cursor: z.string().max(200).optional().meta({ description: '`nextCursor` of the previous page (with the same filters).' }),
});

const isoTime = z.iso.datetime({ offset: true });

export const auditEventSchema = z.object({
  id: z.uuid(),
  action: z.string().meta({ description: 'e.g. `sign-in.failed`, `member.role-changed`, `api-key.created`, `credential.token-replaced`.' }),
  createdAt: isoTime,
  actor: z.object({
    id: z.string().nullable().meta({ description: 'The user id; null for the app itself (a scheduled check).' }),
    name: z.string().nullable(),
    email: z.string().nullable(),
  }),
  target: z.object({ type: z.string().meta({ description: '`user`, `member`, `invitation`, `api-key`, `credential`...' }), id: z.string().nullable(), label: z.string().nullable() }).nullable(),
  clientAddress: z.string().nullable().meta({ description: 'The address the request came from, when known.' }),
  userAgent: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable().meta({ description: 'What changed (a role from and to, a check’s outcome). Never a secret.' }),
});

export const auditEventPageSchema = z.object({
  items: z.array(auditEventSchema),
  nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
});
