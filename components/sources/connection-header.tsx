import { notFound } from 'next/navigation';
import { PlanhatMark } from '@/components/credentials/planhat-mark';
import { RelativeTime } from '@/components/ui/relative-time';
import { SourceError } from '@/lib/sources/errors';
import styles from './connections.module.css';

/** Title block of a source or destination page. */
export function ConnectionHeader({ name, kind, facts, createdAt }: { name: string; kind: string; facts: string[]; createdAt?: string }) {
  return (
    <div className={styles.detailHeader}>
      <PlanhatMark size={40} />
      <div className={styles.titles}>
        <h1>{name}</h1>
        <p className={styles.meta}>
          <span>{kind}</span>
          {facts.map((fact) => (
            <span key={fact}>{fact}</span>
          ))}
          {createdAt && (
            <span>
              Created <RelativeTime iso={createdAt} />
            </span>
          )}
        </p>
      </div>
    </div>
  );
}

/** A source or destination that is not there, or in another workspace, is a 404 like any missing page. */
export async function sourceOrNotFound<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof SourceError && error.code === 'not-found') notFound();
    throw error;
  }
}
