import { PLANHAT_MODELS } from '@/lib/connectors/planhat/models';
import type { AccessReport } from '@/lib/credentials/dto';
import styles from './credential-detail.module.css';

const labels = { readable: 'Readable', forbidden: 'No read access', error: 'Error' } as const;

/** The 11 Planhat data models and whether the last successful check could read each. */
export function AccessReportTable({ report }: { report: AccessReport | null }) {
  if (!report) return <p className="muted">No successful check yet, so what this token can read is unknown. Re-check it to find out.</p>;
  return (
    <>
      <table className={styles.table}>
        <caption className="visually-hidden">Read access per Planhat data model</caption>
        <thead>
          <tr>
            <th scope="col">Data model</th>
            <th scope="col">Read access</th>
            <th scope="col" className={styles.reason}>
              Details
            </th>
          </tr>
        </thead>
        <tbody>
          {PLANHAT_MODELS.map((model) => {
            const entry = report.models[model.id];
            const access = entry?.access ?? 'error';
            return (
              <tr key={model.id}>
                <th scope="row">{model.label}</th>
                <td>
                  <span className={`${styles.access} ${styles[access]}`}>{labels[access]}</span>
                  {entry?.reason && <span className={styles.reasonInline}>{entry.reason}</span>}
                </td>
                <td className={`muted ${styles.reason}`}>{entry?.reason ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted">{report.writeAccessNote}</p>
    </>
  );
}
