import { RelativeTime } from '@/components/ui/relative-time';
import type { ApiKeySummary } from '@/lib/api/api-keys/list-api-keys';
import styles from './api-keys.module.css';
import { RevokeApiKeyButton } from './revoke-api-key-button';

export function ApiKeyTable({ keys, canRevoke, headingId }: { keys: ApiKeySummary[]; canRevoke: boolean; headingId: string }) {
  if (keys.length === 0) return <p className={styles.empty}>No API keys yet.</p>;
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Key</th>
          <th scope="col">Created</th>
          <th scope="col">Last used</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <tr key={key.id}>
            <td>
              <span className={styles.keyName}>{key.name}</span>
              {!key.active && (
                <span className={styles.inactive} title="Its creator left the workspace, so the API refuses it. Revoke it and create a new one.">
                  Stopped working
                </span>
              )}
            </td>
            <td>
              <span className={styles.label}>Key</span>
              <code className={styles.start} aria-label={`Starts with ${key.start ?? 'phcm_'}`}>
                {key.start ?? 'phcm_'}…
              </code>
            </td>
            <td>
              <span className={styles.label}>Created</span>
              <span className={styles.meta}>
                <RelativeTime iso={key.createdAt} />
                {key.createdBy ? ` by ${key.createdBy.name}` : ''}
              </span>
            </td>
            <td>
              <span className={styles.label}>Last used</span>
              <span className={styles.meta}>{key.lastUsedAt ? <RelativeTime iso={key.lastUsedAt} /> : 'Never'}</span>
            </td>
            <td>{canRevoke && <RevokeApiKeyButton keyId={key.id} name={key.name} listHeadingId={headingId} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
