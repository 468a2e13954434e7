import type { RequestState } from '@/lib/credential-requests/request-dto';
import styles from './request-table.module.css';

export const requestStateLabels: Record<RequestState, string> = {
  pending: 'Pending',
  opened: 'Opened',
  fulfilled: 'Fulfilled',
  expired: 'Expired',
  revoked: 'Revoked',
  locked: 'Locked',
};

// Each state has its own shape too, so it reads without colour.
const icons: Record<RequestState, string> = {
  pending: 'M6 3.5V6l1.8 1.2',
  opened: 'M1.8 6s1.6-3 4.2-3 4.2 3 4.2 3-1.6 3-4.2 3-4.2-3-4.2-3z',
  fulfilled: 'M3 6.5 5.2 8.7 9.5 4',
  expired: 'M3.5 3.5h5M3.5 8.5h5M4 3.5 6 6l2-2.5M4 8.5 6 6l2 2.5',
  revoked: 'M3.2 8.8 8.8 3.2',
  locked: 'M4 5.5V4.5a2 2 0 0 1 4 0v1M3.5 5.5h5v3.5h-5z',
};

/** Green only once a token came through; blue while waiting; grey when it ended unused; red when locked. */
export function RequestStateBadge({ state }: { state: RequestState }) {
  return (
    <span className={`${styles.badge} ${styles[`badge-${state}`]}`}>
      <svg className={styles.badgeIcon} viewBox="0 0 12 12" aria-hidden="true">
        {(state === 'pending' || state === 'revoked') && <circle cx="6" cy="6" r="4" fill="none" stroke="currentColor" strokeWidth="1.4" />}
        <path d={icons[state]} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {requestStateLabels[state]}
    </span>
  );
}
