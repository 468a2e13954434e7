import { expect, type Page } from '@playwright/test';
import { addCredential, uniqueName } from './credentials';
import { addPlanhatToken, canaryToken, type TokenScenario } from './planhat-double-client';

/** Saves a new credential on the Authenticate step of `flow` and continues to Configure with it. */
export async function newCredentialAndContinue(page: Page, flow: 'sources' | 'destinations', scenario: Partial<TokenScenario> = {}) {
  const token = await addPlanhatToken({ token: canaryToken('use'), ...scenario });
  const credentialName = uniqueName('Planhat for sources');
  await page.goto(`/${flow}/new/planhat`);
  await addCredential(page, { name: credentialName, token });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Configure' })).toBeVisible();
  return { token, credentialName };
}

/** On the source Configure step: names the source, saves it, and waits for its page. Returns its id. */
export async function saveSource(page: Page, name = uniqueName('Companies nightly')) {
  await page.getByLabel('Source name').fill(name);
  await page.getByRole('button', { name: 'Save source' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const id = /\/sources\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  if (!id) throw new Error(`not on a source page: ${page.url()}`);
  return { id, name };
}

/** The preview or records table of `model` on the current page. */
export const recordsTable = (page: Page, modelLabel: string) => page.getByRole('table', { name: new RegExp(`^${modelLabel},`) });
