import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, type Page } from '@playwright/test';

/**
 * Raises an alert about a credential through the app's own subscriber (lib/notifications), in a
 * process of its own against the e2e database, as a health check would. Needs Postgres: the
 * embedded database is held by the running app.
 */
export async function raiseCredentialAlert(credentialId: string, type: 'credential.invalid' | 'credential.access_changed') {
  await promisify(execFile)('node_modules/.bin/tsx', ['--conditions=react-server', 'e2e/support/notify-people-cli.ts', credentialId, type], {
    env: { ...process.env, SMTP_URL: '', EMAIL_FROM: '' },
  });
}

/** The header's bell; its name carries the unread count ("Notifications, 2 unread"). */
export const notificationsButton = (page: Page) => page.getByRole('button', { name: /^Notifications/ });

export async function openNotifications(page: Page) {
  const menu = page.locator('#notifications-menu');
  if (!(await menu.isVisible())) await notificationsButton(page).click();
  await expect(menu).toBeVisible();
  return menu;
}
