import type { Page } from '@playwright/test';
import { expect, test, waitForHydrationOnNavigation } from './support/test';
import { acceptInvitationAsNewUser, invite, uniqueEmail } from './support/accounts';
import { addCredential, uniqueName } from './support/credentials';
import { addPlanhatToken, canaryToken } from './support/planhat-double-client';

const NOT_FOUND = 'This credential does not exist or you do not have access to it.';

/** Makes every server action posted from `page` target `targetId` instead of `ownId`, as a forged request would. */
async function forgeActionsToward(page: Page, ownId: string, targetId: string) {
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.method() !== 'POST' || !request.headers()['next-action']) return route.continue();
    const body = request.postDataBuffer()?.toString('utf8') ?? '';
    await route.continue({ postData: body.replaceAll(ownId, targetId) });
  });
}

test.describe('a session of another workspace', () => {
  let targetId: string;
  let targetName: string;
  let outsider: Page;
  let ownId: string;

  test.beforeAll(async ({ browser }) => {
    const ownerContext = await browser.newContext({ storageState: test.info().project.use.storageState as string });
    const owner = waitForHydrationOnNavigation(await ownerContext.newPage());
    targetName = uniqueName('Target');
    await owner.goto('/sources/new/planhat');
    targetId = (await (await addCredential(owner, { name: targetName, token: await addPlanhatToken({ token: canaryToken('target') }) })).getAttribute('data-credential-id'))!;
    const invitationPath = await invite(owner, uniqueEmail('outsider'));
    await ownerContext.close();

    // The outsider joins, then works in a workspace of their own with a credential of their own.
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    outsider = waitForHydrationOnNavigation(await context.newPage());
    await acceptInvitationAsNewUser(outsider, invitationPath, 'Oscar Outsider');
    await outsider.goto('/settings/members');
    await outsider.getByLabel('Workspace name').fill(uniqueName('Oscar’s own'));
    await outsider.getByRole('button', { name: 'Create workspace' }).click();
    await expect(outsider).toHaveURL(/\/$/);
    await outsider.goto('/sources/new/planhat');
    ownId = (await (await addCredential(outsider, { name: uniqueName('Own'), token: await addPlanhatToken({ token: canaryToken('own') }) })).getAttribute('data-credential-id'))!;
  });

  test.afterAll(async () => outsider.context().close());

  test.beforeEach(async () => {
    await outsider.unrouteAll();
    await outsider.goto(`/credentials/${ownId}`);
    await forgeActionsToward(outsider, ownId, targetId);
  });

  test('cannot view it', async () => {
    await outsider.unrouteAll();
    const response = await outsider.goto(`/credentials/${targetId}`);
    expect(response?.status()).toBe(404);
    await expect(outsider.getByText(targetName)).toHaveCount(0);
  });

  test('cannot re-check it', async () => {
    await outsider.getByRole('button', { name: /^Re-check/ }).click();
    await expect(outsider.getByRole('status').filter({ hasText: NOT_FOUND })).toBeVisible();
  });

  test('cannot rename it', async () => {
    await outsider.getByRole('button', { name: 'Edit' }).click();
    await outsider.getByRole('dialog').getByLabel('Credential Name').fill('Hijacked');
    await outsider.getByRole('dialog').getByRole('button', { name: 'Save changes' }).click();
    await expect(outsider.getByRole('dialog').getByText(NOT_FOUND)).toBeVisible();
  });

  test('cannot replace its token', async () => {
    await outsider.getByRole('button', { name: 'Replace token' }).click();
    await outsider.getByRole('dialog').getByRole('textbox', { name: /New API Access Token/ }).fill(await addPlanhatToken({ token: canaryToken('hijack') }));
    await outsider.getByRole('dialog').getByRole('button', { name: 'Replace token' }).click();
    await expect(outsider.getByRole('dialog').getByText(NOT_FOUND)).toBeVisible();
  });

  test('cannot delete it', async () => {
    await outsider.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = outsider.getByRole('dialog');
    const ownName = (await outsider.getByRole('heading', { level: 1 }).textContent())!;
    await dialog.getByLabel(`Type ${ownName} to confirm`).fill(ownName);
    await dialog.getByRole('button', { name: 'Delete credential' }).click();
    await expect(dialog.getByText(NOT_FOUND)).toBeVisible();
  });

  test('cannot use it for a source or destination', async () => {
    await outsider.unrouteAll();
    for (const flow of ['/sources/new/planhat', '/destinations/new/planhat']) {
      const response = await outsider.goto(`${flow}/configure?credential=${targetId}`);
      expect(response?.status()).toBe(404);
    }
  });

  test('left the target untouched', async ({ page }) => {
    await page.goto(`/credentials/${targetId}`);
    await expect(page.getByRole('heading', { level: 1, name: targetName })).toBeVisible();
    await expect(page.getByRole('list', { name: 'History' }).getByRole('listitem')).toHaveCount(1);
  });
});

test('a signed-out visitor cannot re-check a credential', async ({ page, browser }) => {
  await page.goto('/sources/new/planhat');
  const id = await (await addCredential(page, { name: uniqueName('Signed out'), token: await addPlanhatToken({ token: canaryToken('signedout') }) })).getAttribute('data-credential-id');
  const context = await browser.newContext({ storageState: test.info().project.use.storageState as string });
  const visitor = waitForHydrationOnNavigation(await context.newPage());
  await visitor.goto(`/credentials/${id}`);
  await context.clearCookies();
  await visitor.getByRole('button', { name: /^Re-check/ }).click();
  await expect(visitor.getByRole('status').filter({ hasText: 'Your session has ended' })).toBeVisible();
  await context.close();
});

test('a member can use a colleague’s credential but not rename, replace or delete it', async ({ page, browser }) => {
  const name = uniqueName('Owner made');
  await page.goto('/sources/new/planhat');
  const id = await (await addCredential(page, { name, token: await addPlanhatToken({ token: canaryToken('owners') }) })).getAttribute('data-credential-id');
  const invitationPath = await invite(page, uniqueEmail('member'));
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const member = waitForHydrationOnNavigation(await context.newPage());
  await acceptInvitationAsNewUser(member, invitationPath, 'Nora Member');

  await member.goto(`/credentials/${id}`);
  await expect(member.getByRole('button', { name: /^Re-check/ })).toBeVisible();
  for (const action of ['Edit', 'Replace token', 'Delete']) await expect(member.getByRole('button', { name: action, exact: true })).toHaveCount(0);

  // Even a forged delete, posted from a credential of their own, is refused.
  await member.goto('/sources/new/planhat');
  const ownName = uniqueName('Nora’s');
  const ownId = (await (await addCredential(member, { name: ownName, token: await addPlanhatToken({ token: canaryToken('noras') }) })).getAttribute('data-credential-id'))!;
  await member.goto(`/credentials/${ownId}`);
  await forgeActionsToward(member, ownId, id!);
  await member.getByRole('button', { name: 'Delete', exact: true }).click();
  await member.getByRole('dialog').getByLabel(`Type ${ownName} to confirm`).fill(ownName);
  await member.getByRole('dialog').getByRole('button', { name: 'Delete credential' }).click();
  await expect(member.getByRole('dialog').getByText('Only the person who created this credential, or a workspace owner or admin, can delete it.')).toBeVisible();
  await context.close();

  await page.goto(`/credentials/${id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});
