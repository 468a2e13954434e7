import Link from 'next/link';
import type { PlanhatRecord } from '@/lib/connectors/planhat/read-records';
import { formatCell, type PreviewColumn } from '@/lib/sources/preview-columns';
import { buttonClass } from '@/components/ui/button';
import styles from './preview.module.css';

interface PreviewTableProps {
  modelLabel: string;
  columns: readonly PreviewColumn[];
  records: PlanhatRecord[];
  offset: number;
  pageSize: number;
  mayHaveMore: boolean;
  /** The same page at another offset. */
  hrefFor: (offset: number) => string;
}

/** One page of Planhat records as a table, with Previous/Next paging by offset. */
export function PreviewTable({ modelLabel, columns, records, offset, pageSize, mayHaveMore, hrefFor }: PreviewTableProps) {
  const range = records.length > 0 ? `Records ${offset + 1}–${offset + records.length}` : 'No records on this page';
  return (
    <div className={styles.preview}>
      {records.length === 0 ? (
        <p className={styles.empty}>
          {offset === 0 ? `Planhat returned no ${modelLabel} records: the model is empty, or the service account sees none of them.` : 'No more records.'}
        </p>
      ) : (
        <div className={styles.scroll} role="region" aria-label={`${modelLabel} preview`} tabIndex={0}>
          <table className={styles.table}>
            <caption className="visually-hidden">
              {modelLabel}, {range.toLowerCase()}, read live from Planhat
            </caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.field} scope="col" className={column.kind && column.kind !== 'date' ? styles.number : undefined}>
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {records.map((record) => (
                <tr key={record._id}>
                  {columns.map((column) => {
                    const text = formatCell(record[column.field], column.kind);
                    // Long values are cut short to keep rows on one line; the full text is a hover away.
                    return (
                      <td key={column.field} className={column.kind && column.kind !== 'date' ? styles.number : undefined} title={text.length > 30 ? text : undefined}>
                        {text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className={styles.pager} aria-label={`${modelLabel} preview pages`}>
        <span className={styles.range} aria-live="polite">
          {range}
        </span>
        <span className={styles.pagerButtons}>
          <PageLink href={offset > 0 ? hrefFor(Math.max(0, offset - pageSize)) : null} label="Previous" />
          <PageLink href={mayHaveMore ? hrefFor(offset + pageSize) : null} label="Next" />
        </span>
      </nav>
    </div>
  );
}

function PageLink({ href, label }: { href: string | null; label: string }) {
  // A disabled link is no link: a span that says so, out of the tab order.
  if (!href) {
    return (
      <span className={buttonClass('secondary')} aria-disabled="true" role="link">
        {label}
      </span>
    );
  }
  return (
    <Link className={buttonClass('secondary')} href={href} scroll={false}>
      {label}
    </Link>
  );
}
