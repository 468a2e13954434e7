'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import type { FormResult } from '@/lib/action-result';
import type { AuditRow } from '@/lib/audit/audit-row';
import styles from './audit-log.module.css';

type MoreRows = FormResult<{ rows: AuditRow[]; nextCursor: string | null }>;

interface AuditLogTableProps {
  rows: AuditRow[];
  nextCursor: string | null;
  /** The page's filters, sent back with each next page. */
  filters: Record<string, string>;
  loadMore: (filters: Record<string, string>, cursor: string) => Promise<MoreRows>;
  headingId: string;
}

// Seconds matter in an audit trail; the column header says the zone. Built by hand so the server
// and the browser (whose Intl data may differ) render the same text.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');
function utcTime(iso: string) {
  const d = new Date(iso);
  return { day: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`, time: `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}` };
}

function AuditLine({ row }: { row: AuditRow }) {
  const failed = row.action.endsWith('failed');
  const at = utcTime(row.at);
  return (
    <tr>
      <td className={styles.when}>
        <time dateTime={row.at}>
          <span className={styles.day}>{at.day},</span> <span>{at.time}</span>
        </time>
      </td>
      <td className={styles.who}>
        <span className={styles.name}>{row.who ?? 'The app (scheduled)'}</span>
        {row.whoEmail && <span className={styles.email}>{row.whoEmail}</span>}
      </td>
      <td className={styles.action}>
        <span className={`${styles.words} ${failed ? styles.failed : ''}`}>{row.words}</span>
        {row.detail && <span className={styles.detail}>{row.detail}</span>}
      </td>
      <td className={styles.target}>{row.target}</td>
      <td className={styles.address}>{row.address ?? <span className={styles.none}>not recorded</span>}</td>
    </tr>
  );
}

/** The audit log, newest first; "Load more" appends the next page in place. */
export function AuditLogTable({ rows: firstRows, nextCursor: firstCursor, filters, loadMore, headingId }: AuditLogTableProps) {
  const [rows, setRows] = useState(firstRows);
  const [cursor, setCursor] = useState(firstCursor);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const more = () =>
    startTransition(async () => {
      if (!cursor) return;
      const result = await loadMore(filters, cursor);
      if (!result.ok) return setError(result.formError ?? 'Could not load more entries. Try again.');
      setError(null);
      setRows((shown) => [...shown, ...result.rows]);
      setCursor(result.nextCursor);
    });

  return (
    <>
      <div className={styles.wrap}>
        <table className={styles.table} aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col" className={styles.when}>When (UTC)</th>
              <th scope="col" className={styles.who}>Who</th>
              <th scope="col">What</th>
              <th scope="col" className={styles.target}>On</th>
              <th scope="col" className={styles.address}>Address</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <AuditLine key={row.id} row={row} />
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.more}>
        <p className={`${styles.status} muted small ${error ? styles.error : ''}`} aria-live="polite">
          {error ?? `${rows.length} ${rows.length === 1 ? 'entry' : 'entries'} shown${cursor ? '' : ', the oldest included'}`}
        </p>
        {cursor && (
          <Button onClick={more} disabled={pending} aria-busy={pending}>
            {pending ? 'Loading…' : 'Load more'}
          </Button>
        )}
      </div>
    </>
  );
}
