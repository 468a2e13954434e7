import { RelativeTime } from '@/components/ui/relative-time';
import type { DeliveryDto } from '@/lib/webhooks/list-deliveries';
import styles from './webhooks.module.css';

function Outcome({ delivery }: { delivery: DeliveryDto }) {
  const last = delivery.attempts[delivery.attempts.length - 1];
  if (delivery.state === 'delivered') return <span className={styles.ok}>{last?.httpStatus ?? 'OK'}</span>;
  if (!last) return <span className={styles.pending}>{delivery.state === 'cancelled' ? 'Not sent (endpoint off)' : 'Queued'}</span>;
  const what = last.httpStatus ?? 'No answer';
  const tone = delivery.state === 'pending' ? styles.pending : styles.bad;
  const then = delivery.state === 'pending' ? ', retrying' : delivery.state === 'failed' ? ', gave up' : ', stopped';
  return (
    <span className={tone} title={last.error ?? undefined}>
      {what}
      {then}
    </span>
  );
}

/** The endpoint's latest deliveries: when, which event, the last answer's HTTP status and how long it took. */
export function DeliveryLog({ deliveries, captionId }: { deliveries: DeliveryDto[]; captionId: string }) {
  if (deliveries.length === 0) return <p className={styles.empty}>Nothing sent yet. Send a test event to try the endpoint.</p>;
  return (
    <table className={styles.table} aria-labelledby={captionId}>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Event</th>
          <th scope="col">HTTP status</th>
          <th scope="col">Duration</th>
          <th scope="col">Attempts</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((delivery) => {
          const last = delivery.attempts[delivery.attempts.length - 1];
          return (
            <tr key={delivery.id}>
              <td>
                <span className={styles.label}>Time</span>
                <RelativeTime iso={last?.at ?? delivery.createdAt} />
              </td>
              <td>
                <span className={styles.label}>Event</span>
                <code>{delivery.eventType}</code>
              </td>
              <td>
                <span className={styles.label}>HTTP status</span>
                <Outcome delivery={delivery} />
              </td>
              <td>
                <span className={styles.label}>Duration</span>
                {last ? `${last.durationMs} ms` : '–'}
              </td>
              <td>
                <span className={styles.label}>Attempts</span>
                {delivery.attempts.length}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
