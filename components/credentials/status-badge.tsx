import { credentialState, stateLabels, type CredentialState } from '@/lib/credentials/credential-state';
import styles from './status-badge.module.css';

// Each state has its own shape too, so it reads without colour.
const icons: Record<CredentialState, string> = {
  verified: 'M3 6.5 5.2 8.7 9.5 4',
  partial: 'M6 2.2a3.8 3.8 0 0 1 0 7.6z',
  not_verified: 'M6 3.2v3.6M6 8.6v.2',
  invalid: 'M3.8 3.8l4.4 4.4M8.2 3.8 3.8 8.2',
  // a broken link
  unreachable: 'M2.5 6h2.3M7.2 6h2.3M5 3.5l2 5',
  unreadable: 'M4 5.5V4.5a2 2 0 0 1 4 0v1M3.5 5.5h5v3.5h-5z',
};

/** Green only for verified with full access; amber for partial, unverified or unreachable; red for invalid. */
export function StatusBadge({ credential }: { credential: Parameters<typeof credentialState>[0] }) {
  const state = credentialState(credential);
  return (
    <span className={`${styles.badge} ${styles[state]}`}>
      <svg className={styles.icon} viewBox="0 0 12 12" aria-hidden="true">
        {state === 'partial' && <circle cx="6" cy="6" r="3.8" fill="none" stroke="currentColor" strokeWidth="1.4" />}
        <path
          d={icons[state]}
          fill={state === 'partial' ? 'currentColor' : 'none'}
          stroke="currentColor"
          strokeWidth={state === 'partial' ? 0 : 1.6}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {stateLabels[state]}
    </span>
  );
}
