import Link from 'next/link';
import { StatusBadge } from '@/components/credentials/status-badge';
import { RelativeTime } from '@/components/ui/relative-time';
import type { DestinationDto, SourceDto } from '@/lib/sources/dto';
import { writeModeLabel } from '@/lib/sources/schemas';
import styles from './connections.module.css';

type Props = { kind: 'source'; rows: SourceDto[] } | { kind: 'destination'; rows: DestinationDto[] };

/** The workspace's sources or destinations, each with its data model and the credential it uses. */
export function ConnectionsTable(props: Props) {
  const base = props.kind === 'source' ? '/sources' : '/destinations';
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">{props.kind === 'source' ? 'Data sources' : 'Data destinations'}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Data model</th>
          {props.kind === 'destination' && <th scope="col">Write mode</th>}
          <th scope="col">Credential</th>
          <th scope="col">Created</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row" className={styles.nameCell}>
              <Link href={`${base}/${row.id}`}>{row.name}</Link>
            </th>
            <td data-label="Model">{row.modelLabel}</td>
            {'writeMode' in row && <td data-label="Write mode">{writeModeLabel(row.writeMode)}</td>}
            <td data-label="Credential">
              <span className={styles.credentialCell}>
                {row.credential.name} <StatusBadge credential={row.credential} />
              </span>
            </td>
            <td data-label="Created" className={styles.muted}>
              <RelativeTime iso={row.createdAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
