import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test';
import { addCredential, fillNewCredential, uniqueName } from './support/credentials';
import { addPlanhatToken, canaryToken } from './support/planhat-double-client';

test('saving a valid token verifies it with Planhat and shows the new tile selected', async ({ page }) => {
  const token = await addPlanhatToken({ token: canaryToken('verified'), readable: ['companies', 'endusers', 'licenses', 'nps', 'tasks', 'issues', 'invoices', 'opportunities', 'churn'] });
  const name = uniqueName('Production Planhat');
  await page.goto('/sources/new/planhat');
  await expect(page.getByRole('navigation', { name: 'Progress' }).getByText('Authenticate')).toHaveAttribute('aria-current', 'step');

  const dialog = await fillNewCredential(page, { name, description: 'Nightly sync of companies and end users', token });
  await dialog.getByRole('button', { name: 'Save' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Credential saved and verified.' })).toBeVisible();
  const tile = page.getByRole('radio', { name });
  await expect(tile).toHaveAttribute('aria-checked', 'true');
  await expect(tile).toContainText('Verified');
  await expect(tile).toContainText('Reads 9 of 11 data models');
  await expect(tile).toContainText(token.slice(-4));
  await expect(tile).toContainText('Nightly sync of companies and end users');

  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Credential chosen' })).toBeVisible();
  await expect(page.getByText(`This source will use “${name}”`)).toBeVisible();
});

test('a token Planhat rejects is not saved and the token field says what to check', async ({ page }) => {
  const name = uniqueName('Typo token');
  await page.goto('/sources/new/planhat');
  const dialog = await fillNewCredential(page, { name, token: canaryToken('unknown') });
  await dialog.getByRole('button', { name: 'Save' }).click();

  await expect(dialog.getByText('Planhat did not accept this token')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'API Access Token' })).toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(page.getByRole('radio', { name })).toHaveCount(0);
});

test('when Planhat cannot be reached the person may save without verifying', async ({ page }) => {
  const token = await addPlanhatToken({ token: canaryToken('down'), behaviour: 'server-error' });
  const name = uniqueName('Saved while Planhat was down');
  await page.goto('/destinations/new/planhat');
  const dialog = await fillNewCredential(page, { name, token });
  await dialog.getByRole('button', { name: 'Save' }).click();

  await expect(dialog.getByText('Couldn’t verify the token with Planhat.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Try again' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Save without verifying' }).click();

  await expect(dialog).toBeHidden();
  const tile = page.getByRole('radio', { name });
  await expect(tile).toContainText('Not verified');
  await expect(tile).toHaveAttribute('aria-checked', 'true');
});

test('a second credential with the same name in another case is refused', async ({ page }) => {
  const name = uniqueName('Shared name');
  await page.goto('/sources/new/planhat');
  await addCredential(page, { name, token: await addPlanhatToken({ token: canaryToken('first') }) });

  const dialog = await fillNewCredential(page, { name: name.toUpperCase(), token: await addPlanhatToken({ token: canaryToken('second') }) });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText(`already exists in this workspace`)).toBeVisible();
  await expect(dialog.getByLabel('Credential Name')).toHaveAttribute('aria-invalid', 'true');
});

test('saving a token that is already stored names the credential that has it', async ({ page }) => {
  const token = await addPlanhatToken({ token: canaryToken('twice') });
  const first = uniqueName('Original');
  await page.goto('/sources/new/planhat');
  await addCredential(page, { name: first, token });

  const dialog = await fillNewCredential(page, { name: uniqueName('Copy'), token });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText(`This token is already saved as “${first}”.`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Save anyway' }).click();
  await expect(dialog).toBeHidden();
});

test('a token that can read no data model is saved only after a warning', async ({ page }) => {
  const token = await addPlanhatToken({ token: canaryToken('noread'), readable: [] });
  const name = uniqueName('Write only');
  await page.goto('/destinations/new/planhat');
  const dialog = await fillNewCredential(page, { name, token });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('This token can’t read any of the 11 Planhat data models.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Save anyway' }).click();
  await expect(page.getByRole('radio', { name })).toContainText('Reads 0 of 11 data models');
});

test('canceling the overlay asks before discarding, saves nothing and returns focus', async ({ page }) => {
  const name = uniqueName('Never saved');
  await page.goto('/sources/new/planhat');
  const dialog = await fillNewCredential(page, { name, token: canaryToken('cancel') });

  await page.keyboard.press('Escape');
  await expect(dialog.getByText('Discard this credential? What you typed will be lost.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(dialog.getByLabel('Credential Name')).toHaveValue(name);

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.getByRole('button', { name: 'Discard' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Add Credential' })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('radio', { name })).toHaveCount(0);
});

test('a credential can be created and chosen with the keyboard alone', async ({ page }) => {
  const token = await addPlanhatToken({ token: canaryToken('keyboard') });
  const name = uniqueName('Keyboard');
  await page.goto('/sources/new/planhat');
  await page.getByRole('button', { name: 'Add Credential' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Credential Name')).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Made without a mouse');
  await page.keyboard.press('Tab');
  await page.keyboard.type(token);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();

  // Focus is back on Add Credential; Tab reaches the group, arrows move, Space selects.
  await expect(page.getByRole('button', { name: 'Add Credential' })).toBeFocused();
  await page.keyboard.press('Tab');
  const tiles = page.getByRole('radio');
  await expect(tiles.first()).toBeFocused();
  if ((await tiles.count()) > 1) {
    await page.keyboard.press('ArrowRight');
    await expect(tiles.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
  }
  await expect(page.getByRole('radio', { name })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name })).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('button', { name: 'Continue' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Credential chosen' })).toBeVisible();
});

test('a saved credential survives a reload and can be chosen for a source and a destination', async ({ page }) => {
  const name = uniqueName('Reusable');
  await page.goto('/sources/new/planhat');
  await addCredential(page, { name, token: await addPlanhatToken({ token: canaryToken('reuse') }) });

  for (const flow of ['/sources/new/planhat', '/destinations/new/planhat']) {
    await page.goto(flow);
    await page.getByRole('radio', { name }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText(`will use “${name}”`)).toBeVisible();
  }
});

test('search filters the tiles on the server by name and description', async ({ page }) => {
  const marker = Math.random().toString(36).slice(2, 8);
  const name = uniqueName(`Findable ${marker}`);
  await page.goto('/sources/new/planhat');
  await addCredential(page, { name, description: `described-${marker}`, token: await addPlanhatToken({ token: canaryToken('search') }) });

  await page.getByLabel('Search credentials').fill(`described-${marker}`);
  await expect(page).toHaveURL(new RegExp(`q=described-${marker}`));
  await expect(page.getByRole('radio')).toHaveCount(1);
  await expect(page.getByRole('radio', { name })).toBeVisible();

  await page.getByLabel('Search credentials').fill(`nothing-${marker}`);
  await expect(page.getByText(`No credentials match “nothing-${marker}”.`)).toBeVisible();
});

test('the Authenticate screen and the open overlay have no serious accessibility violations', async ({ page }) => {
  await page.goto('/sources/new/planhat');
  const screen = await new AxeBuilder({ page }).analyze();
  expect(screen.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await page.getByRole('button', { name: 'Add Credential' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  const overlay = await new AxeBuilder({ page }).analyze();
  expect(overlay.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
