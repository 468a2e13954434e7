import { randomBytes } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { accountMenuButton } from './account-menu';

export const password = 'correct horse battery staple';

export const owner = { name: 'Olivia Owner', email: 'owner@example.com', workspace: 'Acme Data Team' };

export const uniqueEmail = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}@example.com`;

export async function signIn(page: Page, email: string, pass = password) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(pass);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(accountMenuButton(page)).toBeVisible();
}

/** Invites `email` as the signed-in owner/admin on `page` and returns the invitation link's path. */
export async function invite(page: Page, email: string, role: 'member' | 'admin' = 'member'): Promise<string> {
  await page.goto('/settings/members');
  const form = page.getByRole('region', { name: 'Invite a colleague' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption(role);
  await form.getByRole('button', { name: 'Create invitation' }).click();
  const link = await page.getByRole('textbox', { name: 'Invitation link', exact: true }).inputValue();
  return new URL(link).pathname;
}

/** Opens an invitation link in a signed-out page, creates the account and joins the workspace. */
export async function acceptInvitationAsNewUser(page: Page, invitationPath: string, name: string) {
  await page.goto(invitationPath);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('button', { name: /^Join / }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Connect Planhat to your data pipelines' })).toBeVisible();
}
