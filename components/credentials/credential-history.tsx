import { RelativeTime } from '@/components/ui/relative-time';
import type { CredentialEventDto } from '@/lib/credentials/credential-events';
import styles from './credential-detail.module.css';

const outcomes: Record<string, string> = { verified: 'verified', invalid: 'invalid', unreachable: 'Planhat unreachable', not_verified: 'not verified', ok: 'ok' };

function describe(event: CredentialEventDto): string {
  const outcome = event.outcome ? outcomes[event.outcome] ?? event.outcome : null;
  const detail = event.detail ?? {};
  switch (event.type) {
    case 'created':
      return `Created${outcome ? ` (${outcome})` : ''}`;
    case 'checked':
      return `Checked: ${outcome}${typeof detail.readableCount === 'number' && event.outcome === 'verified' ? `, reads ${detail.readableCount} data models` : ''}`;
    case 'renamed':
      return detail.from !== detail.to ? `Renamed from “${String(detail.from)}” to “${String(detail.to)}”` : 'Description edited';
    case 'token-replaced':
      return `Token replaced${outcome ? ` (${outcome})` : ''}`;
    case 'used': {
      const source = detail.source as { name?: string } | undefined;
      return `Used${source?.name ? ` by source “${source.name}”` : ''}${outcome ? `: ${outcome}` : ''}`;
    }
    case 'deleted':
      return 'Deleted';
    default:
      return event.type;
  }
}

/** The audit trail, newest first. It never holds a token. */
export function CredentialHistory({ events }: { events: CredentialEventDto[] }) {
  if (events.length === 0) return <p className="muted">No history yet.</p>;
  return (
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
  );
}
