import { expect, type Page } from '@playwright/test';

/** The header's account button (avatar, workspace, name). */
export const accountMenuButton = (page: Page) => page.getByRole('button', { name: /^Account and workspace/ });

/** Opens the account menu and returns it: who is signed in, their workspaces, theme, Sign out. */
export async function openAccountMenu(page: Page) {
  const menu = page.locator('#account-menu');
  if (!(await menu.isVisible())) await accountMenuButton(page).click();
  await expect(menu).toBeVisible();
  return menu;
}

/** The workspace the menu marks as active, with the person's role in it ("Acme Data Team Owner"). */
export async function expectActiveWorkspace(page: Page, workspace: string, role: 'Owner' | 'Admin' | 'Member') {
  await expect(accountMenuButton(page)).toContainText(workspace);
  const menu = await openAccountMenu(page);
  await expect(menu.locator('button[aria-current="true"]')).toHaveAccessibleName(`${workspace} ${role}`);
  await page.keyboard.press('Escape');
}

export async function signOut(page: Page) {
  const menu = await openAccountMenu(page);
  await menu.getByRole('button', { name: 'Sign out' }).click();
}

export async function switchWorkspace(page: Page, workspace: string) {
  const menu = await openAccountMenu(page);
  await menu.getByRole('button', { name: new RegExp(`^${workspace.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `) }).click();
}
