import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { fieldStyles } from '@/components/ui/field';
import styles from './audit-log.module.css';

export interface AuditFilterValues {
  action: string;
  person: string;
  from: string;
  to: string;
}

interface AuditLogFiltersProps {
  values: AuditFilterValues;
  groups: { value: string; label: string }[];
  people: { id: string; label: string }[];
  /** Where "Clear filters" goes; null when nothing is filtered. */
  clearHref: string | null;
}

/** The audit log's filters as a plain GET form: the URL holds them, so a filtered view can be shared. */
export function AuditLogFilters({ values, groups, people, clearHref }: AuditLogFiltersProps) {
  return (
    <form method="get" role="search" aria-label="Filter the audit log" className={styles.filters}>
      <div className={styles.filter}>
        <label htmlFor="audit-action">Event</label>
        <select id="audit-action" name="action" className={fieldStyles.input} defaultValue={values.action}>
          <option value="">All events</option>
          {groups.map((group) => (
            <option key={group.value} value={group.value}>
              {group.label}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.filter}>
        <label htmlFor="audit-person">Person</label>
        <select id="audit-person" name="person" className={fieldStyles.input} defaultValue={values.person}>
          <option value="">Anyone</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.label}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.dates}>
        <div className={styles.filter}>
          <label htmlFor="audit-from">From</label>
          <input id="audit-from" name="from" type="date" className={fieldStyles.input} defaultValue={values.from} />
        </div>
        <div className={styles.filter}>
          <label htmlFor="audit-to">To</label>
          <input id="audit-to" name="to" type="date" className={fieldStyles.input} defaultValue={values.to} />
        </div>
      </div>
      <div className={styles.filterActions}>
        <button type="submit" className={buttonClass('secondary')}>
          Apply filters
        </button>
        {clearHref && (
          <Link href={clearHref} className={styles.clear}>
            Clear filters
          </Link>
        )}
      </div>
    </form>
  );
}
