import { RelativeTime } from '@/components/ui/relative-time';
import type { HealthCheckDto } from '@/lib/health/health-timeline';
import { describeChange } from './describe-change';
import styles from './health-panel.module.css';

const outcomeLabels: Record<string, string> = { verified: 'Verified', invalid: 'Invalid', unreachable: 'No answer', unreadable: "Can't decrypt" };
const triggerLabels: Record<string, string> = { scheduled: 'Scheduled', manual: 'Re-check', api: 'API' };

const duration = (ms: number) => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);

/** The latest checks, newest first: when, by what, the outcome, how long it took and what it changed. */
export function HealthTimeline({ checks }: { checks: HealthCheckDto[] }) {
  if (checks.length === 0) return <p className="muted">No checks since scheduled checks began. The first one runs within a cycle.</p>;
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption className="visually-hidden">Latest health checks, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Outcome</th>
            <th scope="col" className={styles.optional}>Took</th>
            <th scope="col" className={styles.optional}>By</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((check) => (
            <tr key={check.id}>
              <th scope="row">
                <RelativeTime iso={check.at} />
              </th>
              <td>
                <span className={`${styles.outcome} ${styles[check.outcome] ?? ''}`}>{outcomeLabels[check.outcome] ?? check.outcome}</span>
              </td>
              <td className={styles.optional}>{duration(check.durationMs)}</td>
              <td className={styles.optional}>{triggerLabels[check.trigger] ?? check.trigger}</td>
              <td>{check.change ? describeChange(check.change).join('; ') : <span className="muted">None</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
