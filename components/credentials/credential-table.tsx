import Link from 'next/link';
import { RelativeTime } from '@/components/ui/relative-time';
import { isPlanhatCluster, planhatRegionLabel } from '@/lib/connectors/planhat/regions';
import type { CredentialDto } from '@/lib/credentials/dto';
import type { CredentialSort } from '@/lib/credentials/list-credentials';
import { TokenHint } from './credential-summary';
import { StatusBadge } from './status-badge';
import styles from './credential-table.module.css';

interface TableProps {
  credentials: CredentialDto[];
  sort: CredentialSort;
  /** The page's URL with another sort. */
  sortHref: (sort: CredentialSort) => string;
}

const columns: { label: string; sort?: CredentialSort; className?: string }[] = [
  { label: 'Name', sort: 'name' },
  { label: 'Status', sort: 'status', className: styles.status },
  { label: 'Access', className: styles.access },
  { label: 'Region', className: styles.region },
  { label: 'Last checked', sort: 'checked', className: styles.checked },
  { label: 'Last used', className: styles.used },
  { label: 'Token', className: styles.token },
];

/** The workspace's credentials, dense and sortable; each row opens the credential. */
export function CredentialTable({ credentials, sort, sortHref }: TableProps) {
  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">Credentials{sort === 'newest' ? ', newest first' : ''}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={column.className} aria-sort={column.sort === sort ? (sort === 'checked' ? 'descending' : 'ascending') : undefined}>
                {column.sort ? (
                  <Link href={sortHref(column.sort === sort ? 'newest' : column.sort)} className={styles.sortLink} scroll={false}>
                    {column.label}
                    <span className={styles.sortMark} aria-hidden="true">
                      {column.sort === sort ? (sort === 'checked' ? '↓' : '↑') : '↕'}
                    </span>
                  </Link>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {credentials.map((credential) => (
            <tr key={credential.id} className={styles.row}>
              <th scope="row" className={styles.nameCell}>
                <Link href={`/credentials/${credential.id}`} className={styles.rowLink} aria-label={`Details of ${credential.name}`}>
                  <span className={`${styles.name} truncate`} title={credential.name}>
                    {credential.name}
                  </span>
                </Link>
                <span className={`${styles.description} truncate`} title={credential.description || undefined}>
                  {credential.description || 'No description'}
                </span>
              </th>
              <td className={styles.status}>
                <StatusBadge credential={credential} />
              </td>
              <td className={styles.access} data-checked={credential.accessReport ? true : undefined}>{accessCell(credential)}</td>
              <td className={styles.region}>{isPlanhatCluster(credential.region) ? planhatRegionLabel(credential.region) : '—'}</td>
              <td className={styles.checked}>{credential.checkedAt ? <RelativeTime iso={credential.checkedAt} /> : 'Never'}</td>
              <td className={styles.used}>{credential.lastUsedAt ? <RelativeTime iso={credential.lastUsedAt} /> : 'Never'}</td>
              <td className={styles.token}>
                <TokenHint hint={credential.tokenHint} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "4 of 11" data models readable, as of the last successful check. */
function accessCell({ accessReport: report }: CredentialDto) {
  return report ? (
    <>
      {report.readableCount} of {report.modelCount}
      <span className="visually-hidden"> data models readable</span>
    </>
  ) : (
    <span title="No successful check yet">Not checked</span>
  );
}
