import type { Metadata } from 'next';
import { AuditLogFilters } from '@/components/audit/audit-log-filters';
import { AuditLogTable } from '@/components/audit/audit-log-table';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { Panel } from '@/components/ui/panel';
import { AUDIT_LOG_READERS_ONLY, canReadAuditLog } from '@/lib/audit/audit-access';
import { AUDIT_ACTION_GROUPS } from '@/lib/audit/audit-actions';
import { AUDIT_GROUP_WORDS } from '@/lib/audit/audit-action-words';
import { AuditQueryError } from '@/lib/audit/audit-query-error';
import { toAuditRow } from '@/lib/audit/audit-row';
import { listAuditEvents } from '@/lib/audit/list-audit-events';
import { requireActor } from '@/lib/auth/actor';
import { listMembers } from '@/lib/auth/workspace-members';
import { loadMoreAuditRows } from './actions';
import { auditFilterParams, toAuditFilters } from './schemas';

export const metadata: Metadata = { title: 'Audit log' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor('/settings/audit-log');
  const header = (
    <div className="page-header">
      <h1 id="audit-title">Audit log for {actor.workspaceName}</h1>
      <p className="muted">
        Who signed in (or failed to), who joined, changed roles or managed API keys, and every change and check of a credential.
        Entries are never changed or deleted.
      </p>
    </div>
  );
  if (!canReadAuditLog(actor)) {
    return (
      <div className="page">
        {header}
        <Panel id="audit-panel-title" title="Entries" description={AUDIT_LOG_READERS_ONLY}>
          <p className="muted">Ask an owner or admin of this workspace if you need to know who did what.</p>
        </Panel>
      </div>
    );
  }

  const raw = await searchParams;
  const values = { action: first(raw.action), person: first(raw.person), from: first(raw.from), to: first(raw.to) };
  const parsed = auditFilterParams.safeParse(values);
  const members = await listMembers(actor);
  let problem = parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Those filters cannot be used.');
  let page = null;
  if (parsed.success) {
    try {
      page = await listAuditEvents(actor, toAuditFilters(parsed.data));
    } catch (error) {
      if (!(error instanceof AuditQueryError)) throw error;
      problem = error.message;
    }
  }
  const filtered = Object.values(values).some(Boolean);
  const groups = AUDIT_ACTION_GROUPS.map((group) => ({ value: group, label: AUDIT_GROUP_WORDS[group] ?? group }));
  const people = members.map((member) => ({ id: member.userId, label: `${member.name} (${member.email})` }));
  if (values.person && !people.some((person) => person.id === values.person)) people.push({ id: values.person, label: 'Someone no longer a member' });

  return (
    <div className="page">
      {header}
      <AuditLogFilters values={values} groups={groups} people={people} clearHref={filtered ? '/settings/audit-log' : null} />
      {problem && <Alert tone="error">{problem} Change the filters and apply them again.</Alert>}
      {page && page.items.length === 0 && (
        <EmptyState title={filtered ? 'No entries match these filters' : 'Nothing in the audit log yet'}>
          {filtered
            ? 'Try a wider date range, another kind of event or anyone instead of one person.'
            : 'Sign-ins, member and API key changes and credential events will be listed here as they happen.'}
        </EmptyState>
      )}
      {page && page.items.length > 0 && (
        <AuditLogTable
          key={JSON.stringify(values)}
          rows={page.items.map(toAuditRow)}
          nextCursor={page.nextCursor}
          filters={values}
          loadMore={loadMoreAuditRows}
          headingId="audit-title"
        />
      )}
    </div>
  );
}
