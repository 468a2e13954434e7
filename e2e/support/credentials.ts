import { expect, type Page } from '@playwright/test';

export interface CredentialInput {
  name: string;
  description?: string;
  token: string;
}

/** Opens Add Credential on the current Authenticate screen and fills the overlay (without saving). */
export async function fillNewCredential(page: Page, input: CredentialInput) {
  await page.getByRole('button', { name: 'Add Credential' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add New Credential' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Credential Name').fill(input.name);
  if (input.description) await dialog.getByLabel('Credential Description').fill(input.description);
  await dialog.getByRole('textbox', { name: 'API Access Token' }).fill(input.token);
  return dialog;
}

export async function addCredential(page: Page, input: CredentialInput) {
  const dialog = await fillNewCredential(page, input);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  return page.getByRole('radio', { name: input.name });
}

export const uniqueName = (prefix: string) => `${prefix} ${Math.random().toString(36).slice(2, 8)}`;
