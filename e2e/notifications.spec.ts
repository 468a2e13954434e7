import { expect, test } from './support/test';
import { addCredential, uniqueName } from './support/credentials';
import { notificationsButton, openNotifications, raiseCredentialAlert } from './support/notifications';
import { addPlanhatToken, canaryToken } from './support/planhat-double-client';

test.skip(!process.env.DATABASE_URL, 'raises alerts from a second process, which needs Postgres (the app holds the embedded database)');

test('an alert shows on the bell, opening it leads to the credential and counts it read, and Mark all as read clears the rest', async ({ page }) => {
  const name = uniqueName('Bell');
  const token = await addPlanhatToken({ token: canaryToken('bell') });
  await page.goto('/sources/new/planhat');
  const tile = await addCredential(page, { name, token });
  const id = await tile.getAttribute('data-credential-id');

  // Start from nothing unread, whatever earlier tests left.
  await page.goto('/credentials');
  const menu = await openNotifications(page);
  const markAll = menu.getByRole('button', { name: 'Mark all as read' });
  if (await markAll.isVisible()) await markAll.click();
  await expect(notificationsButton(page)).toHaveAccessibleName('Notifications');
  await page.keyboard.press('Escape');

  await raiseCredentialAlert(id!, 'credential.invalid');
  await raiseCredentialAlert(id!, 'credential.access_changed');
  await page.reload();
  await expect(notificationsButton(page)).toHaveAccessibleName('Notifications, 2 unread');
  await openNotifications(page);
  const invalid = menu.getByRole('link', { name: new RegExp(`^Unread: “${name}” is invalid`) });
  await expect(invalid).toContainText('Planhat rejected the token (401). Replace the token to keep what uses it working.');
  await expect(invalid.locator('time')).toHaveAttribute('title', / UTC$/);
  await expect(menu.getByRole('link', { name: new RegExp(`^Unread: “${name}” can read different data`) })).toContainText('It can no longer read Invoices.');
  await expect(menu).toContainText('Email is off on this server: alerts show here only.');
  await expect(menu).not.toContainText(token);

  await invalid.click();
  await expect(page).toHaveURL(new RegExp(`/credentials/${id}$`));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(notificationsButton(page)).toHaveAccessibleName('Notifications, 1 unread');

  await openNotifications(page);
  await expect(menu.getByRole('link', { name: new RegExp(`^“${name}” is invalid`) })).toBeVisible();
  await menu.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(notificationsButton(page)).toHaveAccessibleName('Notifications');
  await expect(menu.getByRole('link', { name: /^Unread:/ })).toHaveCount(0);
  await expect(menu.getByRole('button', { name: 'Mark all as read' })).toHaveCount(0);
});
