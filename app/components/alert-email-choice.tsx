import { chooseAlertEmails } from '@/app/notifications/actions';
import type { AlertEmailState } from '@/lib/notifications/bell';
import styles from './notifications.module.css';

/** "Email me about credential alerts" for this workspace, a switch that works before hydration too. */
export function AlertEmailChoice({ state }: { state: AlertEmailState }) {
  if (state === 'off-on-server') {
    return <p className={styles.note}>Email is off on this server: alerts show here only.</p>;
  }
  const on = state === 'on';
  return (
    <form action={chooseAlertEmails}>
      <input type="hidden" name="alertEmails" value={on ? 'off' : 'on'} />
      <button type="submit" role="switch" aria-checked={on} className={styles.switchRow}>
        <span>Email me about credential alerts</span>
        <span className={styles.switch} aria-hidden="true" />
      </button>
    </form>
  );
}
