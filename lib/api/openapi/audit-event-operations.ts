import 'server-only';
import { auditEventListQuery, auditEventPageSchema } from '../schemas/audit-event-api';
import type { Operation } from './operation';

/** The /audit-events operation, listed with the rest in ./operations.ts. */
export const auditEventOperations: Operation[] = [
  {
    method: 'get', path: '/audit-events', operationId: 'listAuditEvents', summary: 'List the workspace’s audit log',
    description:
      'Sign-ins and failed sign-ins of the workspace’s people, member and role changes, invitations, API keys and every credential event, ' +
      'newest first, for a SIEM to collect. Entries never change once written. Follow `nextCursor` until it is null; keep the same filters ' +
      'while you do. Only owners’ and admins’ keys may read it.',
    query: auditEventListQuery,
    success: { status: 200, description: 'A page of audit entries, newest first.', schema: auditEventPageSchema },
    problems: ['invalid-request', 'forbidden'],
  },
];
