import { PLANHAT_MODELS } from '@/lib/connectors/planhat/models';
import type { AccessReport } from '@/lib/credentials/dto';
import styles from './access-summary.module.css';

/** The access report in two lines: the models the token can read, and those it cannot. */
export function AccessSummary({ report }: { report: AccessReport }) {
  const label = (id: string) => PLANHAT_MODELS.find((model) => model.id === id)?.label ?? id;
  const ids = Object.keys(report.models);
  const readable = ids.filter((id) => report.models[id]?.access === 'readable').map(label);
  const notReadable = ids.filter((id) => report.models[id]?.access !== 'readable').map(label);
  return (
    <dl className={styles.summary}>
      <dt>Can read</dt>
      <dd>{readable.length ? readable.join(', ') : 'None'}</dd>
      {notReadable.length > 0 && (
        <>
          <dt>Can’t read</dt>
          <dd>{notReadable.join(', ')}</dd>
        </>
      )}
    </dl>
  );
}
