import { RelativeTime } from '@/components/ui/relative-time';
import type { AccountSession } from '@/lib/account/account-sessions';
import { RevokeOtherSessionsButton, RevokeSessionButton } from './revoke-session-buttons';
import type { SessionActions } from './session-actions';
import styles from './account.module.css';

function DeviceIcon({ device }: { device: string }) {
  const phone = /\b(iPhone|Android)\b/.test(device);
  return (
    <span className={styles.deviceIcon} aria-hidden="true">
      <svg width="18" height="18" viewBox="0 0 18 18" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round">
        {phone ? <rect x="5" y="2" width="8" height="14" rx="1.5" /> : <path d="M3 4.5h12v7.5H3zM1.5 14.5h15" strokeLinecap="round" />}
      </svg>
    </span>
  );
}

/** Where the person is signed in: this device first, each other one with its own Sign out. */
export function SessionList({ sessions, actions, headingId }: { sessions: AccountSession[]; actions: SessionActions; headingId: string }) {
  const others = sessions.filter((session) => !session.current).length;
  return (
    <>
      <ul className={styles.sessions} aria-labelledby={headingId}>
        {sessions.map((session) => (
          <li key={session.id} className={styles.session} aria-label={session.current ? `${session.device}, this device` : session.device}>
            <div className={styles.sessionMain}>
              <DeviceIcon device={session.device} />
              <div className={styles.sessionText}>
                <div className={styles.deviceRow}>
                  <span className={styles.device}>{session.device}</span>
                  {session.current && <span className={styles.thisDevice}>This device</span>}
                </div>
                <span className={styles.meta}>
                  {session.address ?? 'Address unknown'} · {session.current ? 'Active now' : <>Last active <RelativeTime iso={session.lastActiveAt} /></>}
                </span>
                <span className={styles.meta}>
                  Signed in <RelativeTime iso={session.signedInAt} />
                </span>
              </div>
            </div>
            {!session.current && <RevokeSessionButton session={session} revoke={actions.revoke} headingId={headingId} />}
          </li>
        ))}
      </ul>
      <div className={styles.footer}>
        {others > 0 ? (
          <>
            <p className={styles.only}>{others === 1 ? 'You are signed in on 1 other device.' : `You are signed in on ${others} other devices.`}</p>
            <RevokeOtherSessionsButton count={others} revokeOthers={actions.revokeOthers} headingId={headingId} />
          </>
        ) : (
          <p className={styles.only}>You are signed in on this device only.</p>
        )}
      </div>
    </>
  );
}
