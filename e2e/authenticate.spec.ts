import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test';
import { addCredential, fillNewCredential, uniqueName } from './support/credentials';
import { addPlanhatToken, canaryToken } from './support/planhat-double-client';

test('saving a token that reads every model verifies it and shows the new tile selected, in green', async ({ page }) => {
  const token = await addPlanhatToken({ token: canaryToken('verified') });
  const name = uniqueName('Production Planhat');
  await page.goto('/sources/new/planhat');
  await expect(page.getByRole('navigation', { name: 'Progress' }).getByRole('listitem').filter({ hasText: 'Authenticate' })).toHaveAttribute('aria-current', 'step');

  const dialog = await fillNewCredential(page, { name, description: 'Nightly sync of companies and end users', token });
  await dialog.getByRole('button', { name: 'Save' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `“${name}” is saved and verified: it can read all 11 data models. It is selected.` })).toBeVisible();
  const tile = page.getByRole('radio', { name });
  await expect(tile).toHaveAttribute('aria-checked', 'true');
  await expect(tile).toContainText('Verified');
  await expect(tile).toContainText('Reads 11 of 11 data models');
  await expect(tile).toContainText(token.slice(-4));
  await expect(tile).toContainText('Nightly sync of companies and end users');

  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Credential chosen' })).toBeVisible();
  await expect(page.getByText(`This source will use “${name}”`)).toBeVisible();
});

test('a token that reads only some models is saved as Partial access, never as plain Verified, and the banner lists what it can read', async ({ page }) => {
  const token = await addPlanhatToken({ token: canaryToken('partial'), readable: ['companies', 'endusers', 'licenses', 'nps'] });
  const name = uniqueName('Partial');
  await page.goto('/sources/new/planhat');
  const dialog = await fillNewCredential(page, { name, token });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const banner = page.getByRole('status').filter({ hasText: `“${name}” is saved with partial access` });
  await expect(banner).toContainText('it can read 4 of 11 data models');
  await expect(banner).toContainText('Can read' + 'Companies, End Users, Licenses, NPS');
  await expect(banner).toContainText('Can’t read' + 'Conversations, Tickets, Tasks, Issues, Invoices, Opportunities, Churn');
  const tile = page.getByRole('radio', { name });
  await expect(tile).toContainText('Partial access');
  await expect(tile).not.toContainText('Verified');
  await expect(tile).toContainText('Reads 4 of 11 data models');
});

test('while Planhat is asked, the overlay shows each data model as it answers and the fields are read-only', async ({ page }) => {
  const token = await addPlanhatToken({ token: canaryToken('checklist'), readable: ['companies', 'nps', 'churn'], behaviour: 'slow', behaviourModels: ['churn'], slowMs: 2_500 });
  const name = uniqueName('Checklist');
  await page.goto('/sources/new/planhat');
  const dialog = await fillNewCredential(page, { name, token });
  await dialog.getByRole('button', { name: 'Save' }).click();

  const checklist = dialog.getByRole('list', { name: 'Data models checked so far' });
  await expect(checklist.getByRole('listitem').filter({ hasText: 'Companies' })).toContainText('Can read');
  await expect(checklist.getByRole('listitem').filter({ hasText: 'Tickets' })).toContainText('No access');
  await expect(checklist.getByRole('listitem').filter({ hasText: 'Churn' })).toContainText('checking');
  await expect(dialog.getByText('Checking read access in US (api) ·')).toBeVisible();
  await expect(dialog.getByText('10 of 11 data models')).toBeVisible();
  await expect(dialog.getByLabel('Credential Name')).toHaveAttribute('readonly', '');
  await expect(dialog.getByRole('button', { name: 'Save' })).toHaveCount(0);

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('radio', { name })).toContainText('Reads 3 of 11 data models');
});

test('Cancel while Planhat is being asked stops the save for good', async ({ page }) => {
  const token = await addPlanhatToken({ token: canaryToken('cancel-check'), behaviour: 'slow', slowMs: 2_500 });
  const name = uniqueName('Cancelled mid-check');
  await page.goto('/sources/new/planhat');
  const dialog = await fillNewCredential(page, { name, token });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Checking the token with Planhat ·')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();

  await expect(dialog.getByText('Check cancelled. Nothing was saved.')).toBeVisible();
  await expect(dialog.getByLabel('Credential Name')).toHaveValue(name);
  await expect(dialog.getByLabel('Credential Name')).not.toHaveAttribute('readonly', '');
  // Planhat answers after the cancel; the server must still not save it.
  await page.waitForTimeout(3_500);
  await page.goto('/sources/new/planhat');
  await expect(page.getByRole('radio', { name })).toHaveCount(0);
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

test('when Planhat has an outage, the footer asks what to do, says so, and a save without verifying is never shown as success', async ({ page }) => {
  const token = await addPlanhatToken({ token: canaryToken('down'), behaviour: 'server-error' });
  const name = uniqueName('Saved while Planhat was down');
  await page.goto('/destinations/new/planhat');
  const dialog = await fillNewCredential(page, { name, token });
  await dialog.getByRole('button', { name: 'Save' }).click();

  const question = dialog.getByRole('group', { name: 'Planhat is having problems right now' });
  await expect(question).toBeFocused();
  await expect(question).toContainText('The problem is on Planhat’s side, not with your token.');
  await expect(question).not.toContainText('did not accept');
  await expect(question).toBeInViewport();
  // The question replaces the footer's actions: no Save competes with it.
  await expect(dialog.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
  await expect(question.getByRole('button', { name: 'Try again' })).toBeVisible();
  await question.getByRole('button', { name: 'Save without verifying' }).click();

  await expect(dialog).toBeHidden();
  const banner = page.getByRole('status').filter({ hasText: `“${name}” is saved without verifying.` });
  await expect(banner).toBeVisible();
  await expect(banner).not.toHaveClass(/success/);
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
  await expect(dialog.getByRole('group', { name: `This token is already saved as “${first}”` })).toBeFocused();
  await dialog.getByRole('button', { name: 'Save anyway' }).click();
  await expect(dialog).toBeHidden();
});

test('a token that can read no data model is saved only after a warning', async ({ page }) => {
  const token = await addPlanhatToken({ token: canaryToken('noread'), readable: [] });
  const name = uniqueName('Write only');
  await page.goto('/destinations/new/planhat');
  const dialog = await fillNewCredential(page, { name, token });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('group', { name: 'This token can’t read any of the 11 Planhat data models' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Save anyway' }).click();
  await expect(page.getByRole('radio', { name })).toContainText('Reads 0 of 11 data models');
  await expect(page.getByRole('radio', { name })).toContainText('Partial access');
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

  // Focus is back on Add Credential; Tab passes "Request from someone else" beneath it, then
  // reaches the group; arrows move, Space selects.
  await expect(page.getByRole('button', { name: 'Add Credential' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Request from someone else' })).toBeFocused();
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
