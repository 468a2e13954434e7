import { describeChange } from '@/components/health/describe-change';
import { RelativeTime } from '@/components/ui/relative-time';
import type { CredentialChange } from '@/lib/alerts/alert';
import type { CredentialEventDto } from '@/lib/credentials/credential-events';
import type { EventKind } from '@/lib/credentials/event-kinds';
import styles from './credential-detail.module.css';
import { HistoryFilter } from './history-filter';

const outcomes: Record<string, string> = { verified: 'verified', invalid: 'invalid', unreachable: 'Planhat unreachable', not_verified: 'not verified', unreadable: "can't decrypt" };

/** A token handed over through a credential request link: which link, and from which address. */
function throughLink(detail: Record<string, unknown>): string {
  if (typeof detail.requestLinkId !== 'string') return '';
  const from = typeof detail.clientAddress === 'string' ? detail.clientAddress : 'an unknown address';
  return ` through request link ${detail.requestLinkId.slice(0, 8)}, from ${from}`;
}

function describe(event: CredentialEventDto): string {
  const outcome = event.outcome ? outcomes[event.outcome] ?? event.outcome : null;
  const detail = event.detail ?? {};
  switch (event.type) {
    case 'created':
      return `Created${outcome ? ` (${outcome})` : ''}${throughLink(detail)}`;
    case 'checked': {
      const change = detail.change ? describeChange(detail.change as CredentialChange).join('; ') : null;
      const reads = typeof detail.readableCount === 'number' && event.outcome === 'verified' ? `, reads ${detail.readableCount} data models` : '';
      return `${detail.trigger === 'scheduled' ? 'Scheduled check' : 'Checked'}: ${outcome}${reads}${change ? ` (${change})` : ''}`;
    }
    case 'renamed':
      return detail.from !== detail.to ? `Renamed from “${String(detail.from)}” to “${String(detail.to)}”` : 'Description edited';
    case 'token-replaced':
      return `Token replaced${outcome ? ` (${outcome})` : ''}${throughLink(detail)}`;
    case 'deleted':
      return 'Deleted';
    default:
      return event.type;
  }
}

const empty: Record<EventKind, string> = { all: 'No history yet.', changes: 'No changes yet.', checks: 'No checks yet.' };

/** The audit trail (changes and checks; reads are in the Usage panel), newest first. It never holds a token. */
export function CredentialHistory({ credentialId, events, kind }: { credentialId: string; events: CredentialEventDto[]; kind: EventKind }) {
  return (
    <>
      <HistoryFilter credentialId={credentialId} kind={kind} />
      {events.length === 0 ? (
        <p className="muted">{empty[kind]}</p>
      ) : (
        <ol className={styles.list} aria-label="History">
          {events.map((event) => (
            <li key={event.id} className={styles.event}>
              <span>{describe(event)}</span>
              <span className={styles.eventMeta}>
                <RelativeTime iso={event.at} />
                {event.actorName ? ` · ${event.actorName}` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
