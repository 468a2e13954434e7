import Link from 'next/link';
import { Panel } from '@/components/ui/panel';
import type { UsageDayDto } from '@/lib/credentials/list-usage-days';
import { modelLabel } from '@/lib/sources/model-access';
import styles from './credential-detail.module.css';

const outcomes: Record<string, string> = {
  ok: 'Records read',
  'invalid-token': 'Planhat rejected the token',
  forbidden: 'No permission on this data model',
  unreachable: 'Planhat could not be reached',
  'bad-response': 'Planhat answered with something unexpected',
  unreadable: "The token can't be decrypted",
};


// Days are UTC days, as they are counted; so are "today" and "yesterday".
function dayLabel(day: string, now = Date.now()): string {
  const utcDay = (daysAgo: number) => new Date(now - daysAgo * 86_400_000).toISOString().slice(0, 10);
  if (day === utcDay(0)) return 'Today';
  if (day === utcDay(1)) return 'Yesterday';
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

function UsedBy({ day }: { day: UsageDayDto }) {
  if (!day.source) return <>Configure preview</>;
  if (!day.source.exists) return <>{day.source.name} <span className="muted">(deleted source)</span></>;
  return <Link href={`/sources/${day.source.id}`}>{day.source.name}</Link>;
}

/** Reads of Planhat records with the credential per UTC day and source: how often, and whether they worked. */
export function CredentialUsagePanel({ days, shownDays }: { days: UsageDayDto[]; shownDays: number }) {
  return (
    <Panel id="reads-title" title="Usage" description={`Reads of Planhat records in the last ${shownDays} days (UTC), per source.`}>
      {days.length === 0 ? (
        <p className="muted">Not used in the last {shownDays} days.</p>
      ) : (
        <table className={styles.table}>
          <caption className="visually-hidden">Reads of Planhat records per day and source</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Used by</th>
              <th scope="col">Reads</th>
              <th scope="col">Failed</th>
              <th scope="col">Last outcome</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={`${day.day} ${day.source?.id ?? 'preview'}`}>
                <th scope="row">
                  <time dateTime={day.day}>{dayLabel(day.day)}</time>
                </th>
                <td>
                  <UsedBy day={day} />
                  <span className="muted"> · {modelLabel(day.model)}</span>
                </td>
                <td>{day.reads}</td>
                <td>{day.failedReads}</td>
                <td>{outcomes[day.lastOutcome] ?? day.lastOutcome}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
