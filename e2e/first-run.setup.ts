import { expect, test as setup } from './support/test';
import { owner, password } from './support/accounts';
import { expectActiveWorkspace } from './support/account-menu';
import { ownerStateFile } from './support/paths';

setup('the first person on a fresh install creates their account and becomes owner of a new workspace', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible();

  await page.getByRole('button', { name: 'Create account and workspace' }).click();
  await expect(page.getByText('Enter your name.')).toBeVisible();

  await page.getByLabel('Your name').fill(owner.name);
  await page.getByLabel('Work email').fill(owner.email);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Workspace name').fill(owner.workspace);
  await page.getByRole('button', { name: 'Create account and workspace' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Connect Planhat to your data pipelines' })).toBeVisible();
  await expectActiveWorkspace(page, owner.workspace, 'Owner');
  await page.context().storageState({ path: ownerStateFile });

  // The install is set up now: the first-run screen is gone for good.
  await page.goto('/setup');
  await expect(page).toHaveURL(/\/sign-in|\/$/);
});
