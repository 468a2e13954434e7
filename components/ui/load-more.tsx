import Link from 'next/link';
import { buttonClass } from './button';
import styles from './load-more.module.css';

/** "Showing 24 of 60 credentials" and a link for the next page: the same words on every list. */
export function LoadMore({ shown, total, step, href, noun }: { shown: number; total: number; step: number; href: string; noun: string }) {
  if (shown >= total) return null;
  return (
    <div className={styles.more}>
      <p className="muted small">
        Showing {shown} of {total} {noun}
      </p>
      <Link className={buttonClass('secondary')} href={href} scroll={false}>
        Show {Math.min(step, total - shown)} more
      </Link>
    </div>
  );
}

/** The count line above a list: "60 credentials", or "Showing 24 of 60 credentials". */
export function countLabel(shown: number, total: number, singular: string, plural: string) {
  const noun = total === 1 ? singular : plural;
  return shown < total ? `Showing ${shown} of ${total} ${noun}` : `${total} ${noun}`;
}
