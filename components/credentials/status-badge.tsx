import type { CredentialStatus } from '@/lib/credentials/dto';
import styles from './status-badge.module.css';

export const statusLabels: Record<CredentialStatus, string> = {
  verified: 'Verified',
  not_verified: 'Not verified',
  invalid: 'Invalid',
  unreadable: "Can't decrypt",
};

// Each status has its own shape too, so it reads without colour.
const icons: Record<CredentialStatus, string> = {
  verified: 'M3 6.5 5.2 8.7 9.5 4',
  not_verified: 'M6 3.2v3.6M6 8.6v.2',
  invalid: 'M3.8 3.8l4.4 4.4M8.2 3.8 3.8 8.2',
  unreadable: 'M4 5.5V4.5a2 2 0 0 1 4 0v1M3.5 5.5h5v3.5h-5z',
};

export function StatusBadge({ status }: { status: CredentialStatus }) {
  return (
    <span className={`${styles.badge} ${styles[status]}`}>
      <svg className={styles.icon} viewBox="0 0 12 12" aria-hidden="true">
        <path d={icons[status]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {statusLabels[status]}
    </span>
  );
}
