import { expect, test, waitForHydrationOnNavigation } from './support/test';
import { acceptInvitationAsNewUser, invite, owner, password, signIn, uniqueEmail } from './support/accounts';
import { expectActiveWorkspace, signOut } from './support/account-menu';

test.describe('signed out', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('a signed-out visitor is sent to sign in and comes back to the page they asked for', async ({ page }) => {
    await page.goto('/settings/members');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings%2Fmembers/);

    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page).toHaveURL(/\/settings\/members$/);
    await expect(page.getByRole('heading', { name: `Members of ${owner.workspace}` })).toBeVisible();
  });

  test('a wrong password is refused with a clear message', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByRole('alert').filter({ hasText: 'That email and password do not match an account' })).toBeVisible();
  });

  test('the session cookie is HttpOnly and SameSite, and signing out ends the session on the server', async ({ page, request }) => {
    await signIn(page, owner.email);
    const cookie = (await page.context().cookies()).find((c) => c.name.endsWith('session_token'));
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    const cookieHeader = `${cookie!.name}=${cookie!.value}`;
    const before = await request.get('/api/auth/get-session', { headers: { cookie: cookieHeader } });
    expect((await before.json())?.user?.email).toBe(owner.email);

    await signOut(page);
    await expect(page).toHaveURL(/\/sign-in/);

    // The old cookie, replayed, no longer opens a session: it was revoked in the database.
    const after = await request.get('/api/auth/get-session', { headers: { cookie: cookieHeader } });
    expect(await after.json()).toBeNull();
  });

  test('sign-up without an invitation is refused once the install is set up', async ({ request }) => {
    const response = await request.post('/api/auth/sign-up/email', {
      data: { name: 'Mallory', email: uniqueEmail('mallory'), password },
      headers: { origin: new URL(test.info().project.use.baseURL!).origin },
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).message).toContain('Accounts are created by invitation');
  });

  test('repeated sign-in attempts on one account are rate limited whatever the IP', async ({ request }) => {
    const origin = new URL(test.info().project.use.baseURL!).origin;
    const target = uniqueEmail('target');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const response = await request.post('/api/auth/sign-in/email', {
        data: { email: target, password: 'wrong password' },
        headers: { origin, 'x-forwarded-for': `203.0.113.${attempt + 1}` },
      });
      statuses.push(response.status());
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});

test('an owner invites a colleague through a link, who joins as a member', async ({ page, browser }) => {
  const email = uniqueEmail('member');
  const invitationPath = await invite(page, email);

  const colleague = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const colleaguePage = waitForHydrationOnNavigation(await colleague.newPage());
  const name = `Max Member ${email.slice(7, 15)}`;
  await acceptInvitationAsNewUser(colleaguePage, invitationPath, name);
  await expectActiveWorkspace(colleaguePage, owner.workspace, 'Member');

  // The link is used up.
  await colleaguePage.goto(invitationPath);
  await expect(colleaguePage.getByRole('heading', { name: 'This invitation is no longer valid' })).toBeVisible();
  await colleague.close();

  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
});

test('an owner changes a member to admin', async ({ page, browser }) => {
  const email = uniqueEmail('promoted');
  const invitationPath = await invite(page, email);
  const name = `Ada Promoted ${email.slice(9, 17)}`;
  const colleague = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await acceptInvitationAsNewUser(waitForHydrationOnNavigation(await colleague.newPage()), invitationPath, name);
  await colleague.close();

  await page.goto('/settings/members');
  await page.getByLabel(`Role of ${name}`).selectOption('admin');
  const row = page.getByRole('row', { name: new RegExp(name) });
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByRole('status')).toHaveText('Saved');
  await page.reload();
  await expect(page.getByLabel(`Role of ${name}`)).toHaveValue('admin');
});
