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
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await expect(page).toHaveURL(/\/settings\/members$/);
    await expect(page.getByRole('heading', { name: `Members of ${owner.workspace}` })).toBeVisible();
  });

  test('a wrong password is refused with a clear message', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await expect(page.getByRole('alert').filter({ hasText: 'That email and password do not match an account' })).toBeVisible();
  });

  test('the session cookie is HttpOnly and SameSite, and signing out ends the session on the server', async ({ page, request }) => {
    await signIn(page, owner.email);
    const cookie = (await page.context().cookies()).find((c) => c.name.endsWith('session_token'));
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    const cookieHeader = `${cookie!.name}=${cookie!.value}`;
    const before = await request.get('/settings/members', { headers: { cookie: cookieHeader }, maxRedirects: 0 });
    expect(before.status()).toBe(200);

    await signOut(page);
    await expect(page).toHaveURL(/\/sign-in/);

    // The old cookie, replayed, no longer opens a session: it was revoked in the database.
    const after = await request.get('/settings/members', { headers: { cookie: cookieHeader }, maxRedirects: 0 });
    expect(after.status()).toBe(307);
    expect(after.headers().location).toContain('/sign-in');
  });

  test('sign-up without an invitation is refused once the install is set up', async ({ request }) => {
    const response = await request.post('/api/auth/sign-up/email', {
      data: { name: 'Mallory', email: uniqueEmail('mallory'), password },
      headers: { origin: new URL(test.info().project.use.baseURL!).origin },
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).message).toContain('Accounts are created by invitation');
  });

  test('a made-up X-Forwarded-For gives failed sign-ins no fresh start', async ({ request }) => {
    const origin = new URL(test.info().project.use.baseURL!).origin;
    const target = uniqueEmail('target');
    const statuses: number[] = [];
    // Ten attempts, each claiming another address: all of them come from this test's one address.
    for (let attempt = 0; attempt < 10; attempt++) {
      const response = await request.post('/api/auth/sign-in/email', {
        data: { email: target, password: 'wrong password' },
        headers: { origin, 'x-forwarded-for': `203.0.113.${attempt + 1}`, 'x-real-ip': `198.51.100.${attempt + 1}` },
      });
      statuses.push(response.status());
    }
    // Five mistakes are free; then each attempt must wait longer (the waits are short, so some pass).
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toContain(429);
  });

  test('Better Auth endpoints the app does not use are closed', async ({ request }) => {
    const origin = new URL(test.info().project.use.baseURL!).origin;
    for (const path of ['/api/auth/update-user', '/api/auth/change-email', '/api/auth/organization/create']) {
      expect((await request.post(path, { data: {}, headers: { origin } })).status(), path).toBe(404);
    }
    expect((await request.get('/api/auth/get-session')).status()).toBe(404);
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

test('a return path that only looks like one of this site’s never leads to another site', async ({ page }) => {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  // Browsers drop TAB and LF while parsing, which turned these into //evil.example/x.
  for (const next of ['%2F%09%2Fevil.example%2Fx', '%2F%0A%2Fevil.example%2Fx', '%2F%5C%2Fevil.example%2Fx', 'https%3A%2F%2Fevil.example']) {
    await page.goto(`/sign-in?next=${next}`);
    expect(page.url(), next).toBe(`${origin}/`);
  }
});

test('a forged Server Action from another site is refused even when X-Forwarded-Host names that site', async ({ browser }) => {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = waitForHydrationOnNavigation(await context.newPage());
  await signIn(page, owner.email);

  // Capture the sign-out action as the browser would post it, and hold it back.
  let action: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
  await page.route('**/*', async (route) => {
    const posted = route.request();
    if (posted.method() !== 'POST' || !posted.headers()['next-action']) return route.continue();
    action = { url: posted.url(), headers: posted.headers(), body: posted.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  });
  await signOut(page);
  await expect.poll(() => action).toBeDefined();
  // The context's own requests carry its session cookie.
  const replay = (headers: Record<string, string>) => context.request.post(action!.url, { headers: { ...action!.headers, ...headers }, data: action!.body, maxRedirects: 0 });
  const signedIn = async () => (await context.request.get('/settings/members', { maxRedirects: 0 })).status() === 200;

  await replay({ origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' });
  expect(await signedIn()).toBe(true);

  // The same request from this site's own origin goes through: it was only the origin that was refused.
  await replay({ origin });
  expect(await signedIn()).toBe(false);
  await context.close();
});
