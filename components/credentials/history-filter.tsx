import Link from 'next/link';
import { EVENT_KINDS, type EventKind } from '@/lib/credentials/event-kinds';
import styles from './history-filter.module.css';

const labels: Record<EventKind, string> = { all: 'All', changes: 'Changes', checks: 'Checks' };

/** All / Changes / Checks, kept in the URL (?history=changes) so a reload or a shared link shows the same. */
export function HistoryFilter({ credentialId, kind }: { credentialId: string; kind: EventKind }) {
  return (
    <div role="group" aria-label="Show in history" className={styles.filter}>
      {EVENT_KINDS.map((option) => (
        <Link
          key={option}
          href={option === 'all' ? `/credentials/${credentialId}` : `/credentials/${credentialId}?history=${option}`}
          aria-current={option === kind ? 'true' : undefined}
          className={styles.option}
          scroll={false}
        >
          {labels[option]}
        </Link>
      ))}
    </div>
  );
}
