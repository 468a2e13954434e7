import { randomBytes } from 'node:crypto';
import { expect, test, waitForHydrationOnNavigation } from './support/test';
import { acceptInvitationAsNewUser, invite, uniqueEmail } from './support/accounts';

test('an owner sees API key and member changes in the audit log, filters it, and a member cannot open it', async ({ page, browser }) => {
  const keyName = `Audit e2e ${randomBytes(3).toString('hex')}`;
  const memberName = `Ada Audited ${randomBytes(2).toString('hex')}`;

  // Something to audit: a key created and revoked, a colleague who joins as admin and is made a member.
  await page.goto('/settings/api-keys');
  await page.getByLabel('Key name').fill(keyName);
  await page.getByRole('button', { name: 'Create key' }).click();
  await expect(page.getByRole('textbox', { name: `API key ${keyName}` })).toBeVisible();
  await page.getByRole('button', { name: `Revoke ${keyName}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke key' }).click();
  await expect(page.getByRole('button', { name: `Revoke ${keyName}` })).toHaveCount(0);

  const invitationPath = await invite(page, uniqueEmail('audited'), 'admin');
  const memberContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const member = waitForHydrationOnNavigation(await memberContext.newPage());
  await acceptInvitationAsNewUser(member, invitationPath, memberName);
  await page.goto('/settings/members');
  const roleForm = page.getByLabel(`Role of ${memberName}`).locator('xpath=ancestor::form');
  await roleForm.getByLabel(`Role of ${memberName}`).selectOption('member');
  await roleForm.getByRole('button', { name: 'Save' }).click();
  await expect(roleForm.getByRole('status')).toHaveText('Saved');

  // Settings → Audit log lists them, newest first.
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Audit log for / })).toBeVisible();
  const table = page.getByRole('table');
  const rowFor = (what: string | RegExp, on: string) => table.getByRole('row').filter({ hasText: what }).filter({ hasText: on });
  await expect(rowFor('Changed a role', 'admin → member')).toHaveCount(1);
  await expect(rowFor('Joined the workspace', memberName)).toHaveCount(1);
  await expect(rowFor('Revoked an API key', keyName)).toHaveCount(1);
  await expect(rowFor('Created an API key', keyName)).toHaveCount(1);
  const order = await table.getByRole('row').allInnerTexts();
  expect(order.findIndex((text) => text.includes('Revoked an API key'))).toBeLessThan(order.findIndex((text) => text.includes('Created an API key')));

  // Filtered to API keys: the member changes are gone, the key's two entries stay.
  await page.getByLabel('Event').selectOption({ label: 'API keys' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/action=api-key/);
  await expect(rowFor('Created an API key', keyName)).toHaveCount(1);
  await expect(rowFor('Revoked an API key', keyName)).toHaveCount(1);
  await expect(table.getByText('Changed a role')).toHaveCount(0);
  await expect(table.getByText('Joined the workspace')).toHaveCount(0);

  // A date range with nothing in it says so.
  await page.getByLabel('From').fill('2020-01-01');
  await page.getByLabel('To').fill('2020-01-02');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('heading', { name: 'No entries match these filters' })).toBeVisible();
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(rowFor('Changed a role', 'admin → member')).toHaveCount(1);

  // The colleague, now a member, is told the log is for owners and admins, and sees none of it.
  await member.goto('/settings/audit-log');
  await expect(member.getByText('Only workspace owners and admins can see the audit log.')).toBeVisible();
  await expect(member.getByRole('table')).toHaveCount(0);
  await expect(member.getByText(keyName)).toHaveCount(0);
  await memberContext.close();
});
