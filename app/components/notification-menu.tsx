import { markAllRead } from '@/app/notifications/actions';
import { PopoverMenu } from '@/components/ui/popover-menu';
import { RelativeTime } from '@/components/ui/relative-time';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Bell } from '@/lib/notifications/bell';
import { AlertEmailChoice } from './alert-email-choice';
import { NotificationLink } from './notification-link';
import styles from './notifications.module.css';

const countText = (count: number) => (count > 99 ? '99+' : String(count));

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" fill="none" aria-hidden="true">
      <path d="M5 8a5 5 0 0 1 10 0c0 3.5 1.2 5 2 5.8H3c.8-.8 2-2.3 2-5.8Z" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      <path d="M8 16.5a2.1 2.1 0 0 0 4 0" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

/** The header's bell: the unread count, the latest alerts of this workspace, and the email choice. */
export function NotificationMenu({ bell }: { bell: Bell }) {
  const { unreadCount, latest } = bell.inbox;
  return (
    <PopoverMenu
      id="notifications-menu"
      label={unreadCount > 0 ? `Notifications, ${unreadCount} unread` : 'Notifications'}
      triggerClassName={styles.trigger}
      panelClassName={styles.panel}
      trigger={
        <>
          <BellIcon />
          {unreadCount > 0 && (
            <span className={styles.badge} aria-hidden="true">
              {countText(unreadCount)}
            </span>
          )}
        </>
      }
    >
      <div className={styles.head}>
        <h2 className={styles.title} id="notifications-title">
          Notifications
        </h2>
        {unreadCount > 0 && (
          <form action={markAllRead}>
            <SubmitButton label="Mark all as read" pendingLabel="Marking..." variant="ghost" size="sm" />
          </form>
        )}
      </div>
      {latest.length === 0 ? (
        <div className={styles.empty}>
          <strong>You’re all caught up</strong>
          <span className="muted small">When a credential stops working or its access changes, it shows here.</span>
        </div>
      ) : (
        <ul className={styles.list} aria-labelledby="notifications-title">
          {latest.map((entry) => (
            <li key={entry.id}>
              <NotificationLink id={entry.id} href={entry.href} className={styles.item}>
                <span className={entry.read ? styles.readDot : styles.dot} aria-hidden="true" />
                <span className={styles.text}>
                  <span className={styles.itemTitle}>
                    {!entry.read && <span className="visually-hidden">Unread: </span>}
                    {entry.title}
                  </span>
                  <span className={styles.body}>{entry.body}</span>
                  <span className={styles.time}>
                    <RelativeTime iso={entry.createdAt} />
                  </span>
                </span>
              </NotificationLink>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.foot}>
        <AlertEmailChoice state={bell.email} />
      </div>
    </PopoverMenu>
  );
}
