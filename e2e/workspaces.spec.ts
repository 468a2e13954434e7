import { expect, test, waitForHydrationOnNavigation } from './support/test';
import { acceptInvitationAsNewUser, invite, uniqueEmail } from './support/accounts';
import { switchWorkspace } from './support/account-menu';
import { addCredential, fillNewCredential, uniqueName } from './support/credentials';
import { addPlanhatToken, canaryToken } from './support/planhat-double-client';

test('a member sees the workspace’s shared credentials and can use one, but not those of another workspace', async ({ page, browser }) => {
  // The owner saves a credential in the shared workspace.
  const shared = uniqueName('Team credential');
  await page.goto('/sources/new/planhat');
  const tile = await addCredential(page, { name: shared, token: await addPlanhatToken({ token: canaryToken('shared') }) });
  const sharedId = await tile.getAttribute('data-credential-id');

  const invitationPath = await invite(page, uniqueEmail('member'));
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const member = waitForHydrationOnNavigation(await context.newPage());
  await acceptInvitationAsNewUser(member, invitationPath, 'Mia Member');

  // Same workspace: the member sees the tile and can use it.
  await member.goto('/destinations/new/planhat');
  await member.getByRole('radio', { name: shared }).click();
  await member.getByRole('button', { name: 'Continue' }).click();
  await expect(member.getByText(`will use “${shared}”`)).toBeVisible();

  // In a workspace of their own, the owner's credential does not exist for them.
  await member.goto('/settings/members');
  const privateWorkspace = uniqueName('Mia private');
  await member.getByLabel('Workspace name').fill(privateWorkspace);
  await member.getByRole('button', { name: 'Create workspace' }).click();
  await expect(member).toHaveURL(/\/$/);
  await member.goto('/sources/new/planhat');
  await expect(member.getByRole('radio', { name: shared })).toHaveCount(0);
  await member.getByLabel('Search credentials').fill(shared);
  await expect(member.getByText(`No credentials match “${shared}”.`)).toBeVisible();
  const response = await member.goto(`/sources/new/planhat/configure?credential=${sharedId}`);
  expect(response?.status()).toBe(404);
  await expect(member.getByText(shared)).toHaveCount(0);

  // Switching back to the shared workspace brings it back.
  await switchWorkspace(member, 'Acme Data Team');
  await expect(member).toHaveURL(/\/$/);
  await member.goto('/sources/new/planhat');
  await expect(member.getByRole('radio', { name: shared })).toBeVisible();

  // A switch forged toward a workspace they are not in gets the usual answer, not an error page.
  await member.route('**/*', async (route) => {
    const request = route.request();
    if (request.method() !== 'POST' || !request.headers()['next-action']) return route.continue();
    await route.continue({ postData: JSON.stringify(['ws_someone_elses_workspace']) });
  });
  await switchWorkspace(member, privateWorkspace);
  await expect(member.getByRole('alert').filter({ hasText: 'This workspace does not exist or you do not have access to it.' })).toBeVisible();
  await expect(member.getByRole('radio', { name: shared })).toBeVisible();
  await context.close();
});

test('saving after the session has ended is refused and saves nothing', async ({ page, browser }) => {
  const email = uniqueEmail('leaver');
  const invitationPath = await invite(page, email);
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const leaver = waitForHydrationOnNavigation(await context.newPage());
  await acceptInvitationAsNewUser(leaver, invitationPath, 'Lee Leaver');

  const name = uniqueName('After sign-out');
  await leaver.goto('/sources/new/planhat');
  const dialog = await fillNewCredential(leaver, { name, token: await addPlanhatToken({ token: canaryToken('late') }) });
  await context.clearCookies();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Your session has ended. Sign in again to continue.')).toBeVisible();
  await context.close();

  await page.goto('/sources/new/planhat');
  await expect(page.getByRole('radio', { name })).toHaveCount(0);
});
