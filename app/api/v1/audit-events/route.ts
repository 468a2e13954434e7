import { apiRoute, json } from '@/lib/api/api-route';
import { problem } from '@/lib/api/problem';
import { parseQuery } from '@/lib/api/request-input';
import { auditEventListQuery } from '@/lib/api/schemas/audit-event-api';
import { AuditQueryError } from '@/lib/audit/audit-query-error';
import { listAuditEvents } from '@/lib/audit/list-audit-events';

export const GET = apiRoute('Listing audit events', async ({ request, actor }) => {
  const query = parseQuery(request, auditEventListQuery);
  if (!query.ok) return query.response;
  const { action, actor: actorId, since, until, limit, cursor } = query.data;
  try {
    const page = await listAuditEvents(actor, { action, actorId, since, until }, { limit, cursor });
    return json({ items: page.items.map((item) => ({ ...item, createdAt: item.createdAt.toISOString() })), nextCursor: page.nextCursor });
  } catch (error) {
    if (!(error instanceof AuditQueryError)) throw error;
    return problem('invalid-request', error.message, { errors: [{ parameter: error.parameter, detail: error.message }] });
  }
});
