import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { emailEnabled } from '@/lib/email/email-settings';
import { wantsAlertEmails } from './alert-email-choice';
import { readInbox } from './inbox';
import type { NotificationInbox } from './notification-dto';

/** off-on-server: this server sends no email, so there is nothing to choose. */
export type AlertEmailState = 'on' | 'off' | 'off-on-server';

export interface Bell {
  inbox: NotificationInbox;
  email: AlertEmailState;
}

/** What the header's notifications menu shows the signed-in person in their active workspace. */
export async function loadBell(actor: Actor): Promise<Bell> {
  const [inbox, wants] = await Promise.all([readInbox(actor), emailEnabled() ? wantsAlertEmails(actor) : null]);
  return { inbox, email: wants === null ? 'off-on-server' : wants ? 'on' : 'off' };
}
