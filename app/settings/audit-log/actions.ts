'use server';

import { formError, type FormResult } from '@/lib/action-result';
import { AuditQueryError } from '@/lib/audit/audit-query-error';
import { toAuditRow, type AuditRow } from '@/lib/audit/audit-row';
import { listAuditEvents } from '@/lib/audit/list-audit-events';
import { actorOrThrow, NotSignedInError } from '@/lib/auth/actor';
import { CredentialError } from '@/lib/credentials/errors';
import { reportFailure } from '@/lib/report-failure';
import { auditFilterParams, toAuditFilters } from './schemas';

export type MoreAuditRows = FormResult<{ rows: AuditRow[]; nextCursor: string | null }>;

/** The next page of the audit log after `cursor`, with the filters the page shows. */
export async function loadMoreAuditRows(params: unknown, cursor: string): Promise<MoreAuditRows> {
  const filters = auditFilterParams.safeParse(params);
  if (!filters.success || typeof cursor !== 'string') return formError('Those filters cannot be used. Reload the page and try again.');
  try {
    const page = await listAuditEvents(await actorOrThrow(), toAuditFilters(filters.data), { cursor });
    return { ok: true, rows: page.items.map(toAuditRow), nextCursor: page.nextCursor };
  } catch (error) {
    if (error instanceof NotSignedInError || error instanceof CredentialError || error instanceof AuditQueryError) return formError(error.message);
    const databaseDown = reportFailure(error, 'Loading more of the audit log');
    return formError(databaseDown ? 'The database is not answering. Try again in a minute.' : 'Something went wrong on our side. Try again in a moment.');
  }
}
