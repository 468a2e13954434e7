import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { freePort, startSmtpInbox, type SmtpInbox } from '../lib/testing/smtp-inbox';
import { accountMenuButton, expectActiveWorkspace, openAccountMenu } from './support/account-menu';
import { acceptInvitationAsNewUser, invite, password, signIn, uniqueEmail } from './support/accounts';
import { startIsolatedApp, type IsolatedApp } from './support/isolated-app';
import { axeViolations, expectFirstErrorFocused, layoutProblems } from './support/layout-checks';
import { e2eDataDir } from './support/paths';
import { expect, test, waitForHydrationOnNavigation } from './support/test';

const signedOutState = { cookies: [], origins: [] };

async function newBrowserPage(browser: Browser, baseURL?: string): Promise<Page> {
  const context = await browser.newContext({ storageState: signedOutState, ...(baseURL ? { baseURL } : {}) });
  return waitForHydrationOnNavigation(await context.newPage());
}

/** Someone new in the owner's workspace (never the shared owner, whose password must not change), signed in on a page of their own. */
async function newPerson(ownerPage: Page, browser: Browser, name: string) {
  const email = uniqueEmail('account');
  const invitationPath = await invite(ownerPage, email);
  const page = await newBrowserPage(browser);
  await acceptInvitationAsNewUser(page, invitationPath, name);
  return { email, page };
}

const sessionsPanel = (page: Page) => page.getByRole('region', { name: 'Sessions' });

/**
 * Screens only this spec reaches (the reset pages need email on the server): four widths, light
 * and dark, with visual.spec.ts's layout and axe checks; screenshots in e2e/screens/.
 */
async function checkScreens(page: Page, name: string) {
  if (process.env.E2E_SKIP_SCREENS === '1') return;
  const dir = path.resolve('e2e', 'screens');
  fs.mkdirSync(dir, { recursive: true });
  const problems: string[] = [];
  for (const width of [1440, 1280, 768, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.waitForTimeout(200); // Chromium repaints light-dark() colours after the switch
      for (const problem of await layoutProblems(page)) problems.push(`${width} px, ${theme}: ${problem}`);
      if (width === 1440 || width === 390) for (const violation of await axeViolations(page)) problems.push(`${width} px, ${theme}: axe ${violation}`);
      await page.screenshot({ path: path.join(dir, `account-${name}-${width}-${theme}.png`), fullPage: true });
    }
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  expect.soft(problems, `account-${name}`).toEqual([]);
}

test.describe('the Account page', () => {
  // Each test makes its own person through an invitation, and signs in two or three browsers.
  test.describe.configure({ timeout: 120_000 });
  test('is reached from the account menu by keyboard and shows profile, password and sessions in that order', async ({ page, browser }) => {
    const person = await newPerson(page, browser, 'Kim Keyboard');
    const menu = await openAccountMenu(person.page);
    await menu.getByRole('link', { name: 'Account' }).focus();
    await person.page.keyboard.press('Enter');
    await expect(person.page).toHaveURL(/\/account$/);
    await expect(person.page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    const panels = (await person.page.getByRole('heading', { level: 2 }).allTextContents()).filter((title) => ['Profile', 'Password', 'Sessions'].includes(title));
    expect(panels).toEqual(['Profile', 'Password', 'Sessions']);
    await expect(person.page.getByRole('textbox', { name: 'Email' })).toHaveValue(person.email);
    await expect(person.page.getByRole('textbox', { name: 'Email' })).toHaveAttribute('readonly', '');
  });

  test('edits the name, which the account menu then shows; an empty name is refused under its field', async ({ page, browser }) => {
    const person = await newPerson(page, browser, 'Nora Before');
    await person.page.goto('/account');
    const profile = person.page.getByRole('region', { name: 'Profile' });
    await profile.getByLabel('Name').fill('   ');
    await profile.getByRole('button', { name: 'Save name' }).click();
    await expect(profile.getByText('Enter your name.')).toBeVisible();
    await expectFirstErrorFocused(person.page);

    await profile.getByLabel('Name').fill('Nora After');
    await profile.getByRole('button', { name: 'Save name' }).click();
    await expect(profile.getByRole('status')).toHaveText('Saved.');
    await expect(accountMenuButton(person.page)).toHaveAccessibleName(/Nora After/);
    await person.page.reload();
    await expect(profile.getByLabel('Name')).toHaveValue('Nora After');
  });

  test('changing the password: a wrong current one is an error on its field; the right one signs out the other browser, keeps this one in its workspace', async ({ page, browser }) => {
    const person = await newPerson(page, browser, 'Pat Password');
    // A second workspace of their own, made active, so keeping the workspace is not the default.
    const second = `Pat's own ${Date.now()}`;
    await person.page.goto('/settings/members');
    await person.page.getByLabel('Workspace name').fill(second);
    await person.page.getByRole('button', { name: 'Create workspace' }).click();
    await person.page.waitForURL(/\/$/);
    await person.page.reload();
    await expectActiveWorkspace(person.page, second, 'Owner');
    const elsewhere = await newBrowserPage(browser);
    await signIn(elsewhere, person.email);

    await person.page.goto('/account');
    const panel = person.page.getByRole('region', { name: 'Password' });
    await panel.getByLabel('Current password').fill('not my password at all');
    await panel.getByLabel(/^New password/).fill('a new and longer passphrase');
    await panel.getByLabel('Confirm new password').fill('a new and longer passphrase');
    await panel.getByRole('button', { name: 'Change password' }).click();
    await expect(panel.getByText('That is not your current password. Check it and try again.')).toBeVisible();
    await expect(panel.getByLabel('Current password')).toBeFocused();
    await expect(panel.getByLabel('Current password')).toHaveAttribute('aria-invalid', 'true');

    await panel.getByLabel('Current password').fill(password);
    await panel.getByLabel(/^New password/).fill('a new and longer passphrase');
    await panel.getByLabel('Confirm new password').fill('a new and longer passphrase, typo');
    await panel.getByRole('button', { name: 'Change password' }).click();
    await expect(panel.getByText('The two passwords do not match. Type the new password again.')).toBeVisible();
    await expect(panel.getByLabel('Confirm new password')).toBeFocused();

    await panel.getByLabel('Current password').fill(password);
    await panel.getByLabel(/^New password/).fill('a new and longer passphrase');
    await panel.getByLabel('Confirm new password').fill('a new and longer passphrase');
    await panel.getByRole('button', { name: 'Change password' }).click();
    await expect(panel.getByRole('status')).toContainText('Password changed. Every other session was signed out');
    await expect(sessionsPanel(person.page)).toContainText('You are signed in on this device only.');

    await elsewhere.goto('/credentials');
    await expect(elsewhere).toHaveURL(/\/sign-in/);
    await person.page.goto('/credentials');
    await expect(person.page.getByRole('heading', { level: 1, name: 'Credentials' })).toBeVisible();
    await expectActiveWorkspace(person.page, second, 'Owner');
    await signIn(elsewhere, person.email, 'a new and longer passphrase');
  });

  test('lists both sessions, this device marked; signing out the other ends it on its next request', async ({ page, browser }) => {
    const person = await newPerson(page, browser, 'Sam Sessions');
    const elsewhere = await newBrowserPage(browser);
    await signIn(elsewhere, person.email);

    await person.page.goto('/account');
    const sessions = sessionsPanel(person.page).getByRole('listitem');
    await expect(sessions).toHaveCount(2);
    await expect(sessions.first()).toContainText('This device');
    await expect(sessions.first()).toContainText(/Chrome on \w+/);
    await expect(sessions.nth(1)).not.toContainText('This device');
    await expect(sessions.nth(1).locator('time').first()).toHaveAttribute('title', / UTC$/);
    await expect(sessionsPanel(person.page)).toContainText('You are signed in on 1 other device.');

    await sessions.nth(1).getByRole('button', { name: /^Sign out / }).click();
    const dialog = person.page.getByRole('dialog');
    await expect(dialog).toContainText('That browser is signed out on its next click or reload');
    await dialog.getByRole('button', { name: 'Sign out' }).click();
    await expect(dialog).toBeHidden();
    await expect(sessions).toHaveCount(1);
    await expect(sessionsPanel(person.page)).toContainText('You are signed in on this device only.');

    await elsewhere.goto('/credentials');
    await expect(elsewhere).toHaveURL(/\/sign-in/);
    await person.page.goto('/credentials');
    await expect(person.page.getByRole('heading', { level: 1, name: 'Credentials' })).toBeVisible();
  });

  test('Sign out all other sessions asks first, then ends every other one', async ({ page, browser }) => {
    const person = await newPerson(page, browser, 'Ola Others');
    const others = [await newBrowserPage(browser), await newBrowserPage(browser)];
    for (const other of others) await signIn(other, person.email);
    await person.page.goto('/account');
    await expect(sessionsPanel(person.page).getByRole('listitem')).toHaveCount(3);
    await person.page.getByRole('button', { name: 'Sign out all other sessions' }).click();
    const dialog = person.page.getByRole('dialog', { name: 'Sign out all other sessions?' });
    await expect(dialog).toContainText('All 2 other devices are signed out');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(sessionsPanel(person.page).getByRole('listitem')).toHaveCount(3);

    await person.page.getByRole('button', { name: 'Sign out all other sessions' }).click();
    await dialog.getByRole('button', { name: 'Sign out others' }).click();
    await expect(sessionsPanel(person.page).getByRole('listitem')).toHaveCount(1);
    for (const other of others) {
      await other.goto('/credentials');
      await expect(other).toHaveURL(/\/sign-in/);
    }
  });

  test('without email on the server, sign-in offers no Forgot password? and the reset page says to ask a workspace owner', async ({ browser }) => {
    const visitor = await newBrowserPage(browser);
    await visitor.goto('/sign-in');
    await expect(visitor.getByRole('heading', { level: 1, name: 'Sign in', exact: true })).toBeVisible();
    await expect(visitor.getByRole('link', { name: 'Forgot password?' })).toHaveCount(0);
    await visitor.goto('/forgot-password');
    await expect(visitor.getByText(/This server does not send email/)).toBeVisible();
    await expect(visitor.getByText(/Owners and admins cannot reset a password for you either/)).toBeVisible();
    await expect(visitor.getByLabel('Email')).toHaveCount(0);
  });
});

// Password reset needs email: an app of its own with SMTP pointed at a real SMTP server, and a
// clock that can be moved so a link expires without waiting an hour.
const port = Number(process.env.E2E_PORT ?? 3100) + 10;
const clockFile = path.join(e2eDataDir, 'account-reset-clock-offset');
const resetOwner = { name: 'Rosa Reset', email: 'rosa@example.com', workspace: 'Reset Works' };

test.describe('password reset by email', () => {
  test.use({ storageState: signedOutState });
  let app: IsolatedApp;
  let inbox: SmtpInbox;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000);
    fs.mkdirSync(e2eDataDir, { recursive: true });
    fs.writeFileSync(clockFile, '0');
    inbox = await startSmtpInbox({ port: await freePort(), user: 'mailer', password: 'smtp-password-canary' });
    app = await startIsolatedApp('account-reset', port, {
      SMTP_URL: `smtp://mailer:smtp-password-canary@127.0.0.1:${inbox.port}`,
      EMAIL_FROM: 'Credential Manager <accounts@example.com>',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${pathToFileURL(path.resolve('e2e/support/clock-shim.mjs')).href}`.trim(),
      E2E_CLOCK_OFFSET_FILE: clockFile,
    });
    const page = await newBrowserPage(browser, app.url);
    await page.goto('/setup');
    await page.getByLabel('Your name').fill(resetOwner.name);
    await page.getByLabel('Work email').fill(resetOwner.email);
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Workspace name').fill(resetOwner.workspace);
    await page.getByRole('button', { name: 'Create account and workspace' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Connect Planhat to your data pipelines' })).toBeVisible();
    await page.context().close();
  });

  test.afterAll(async () => {
    await app?.stop();
    await inbox?.close();
    fs.rmSync(clockFile, { force: true });
  });

  async function askForLink(page: Page, email: string) {
    await page.goto('/forgot-password');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Email me a reset link' }).click();
    await expect(page.getByRole('status')).toContainText('If an account exists for that email, we sent a link');
  }

  const resetLinkIn = (text: string) => /(http:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+)/.exec(text)?.[1];

  test('a reset link from the sign-in page sets a new password once, signs out every session, and a used link says so', async ({ browser }) => {
    test.setTimeout(300_000);
    const signedIn = await newBrowserPage(browser, app.url);
    await signIn(signedIn, resetOwner.email);

    const page = await newBrowserPage(browser, app.url);
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
    await checkScreens(page, 'forgot-password');
    const sentBefore = inbox.messages.length;
    await askForLink(page, 'nobody-here@example.com');
    await askForLink(page, resetOwner.email);
    await checkScreens(page, 'forgot-password-sent');

    const mail = await inbox.waitFor((message) => message.to.includes(resetOwner.email) && message.subject === 'Reset your Credential Manager password', 30_000);
    expect(inbox.messages.slice(sentBefore).filter((message) => message.to.includes('nobody-here@example.com'))).toHaveLength(0);
    const link = resetLinkIn(mail.text);
    expect(link, mail.text).toBeDefined();
    expect(new URL(link!).origin).toBe(app.url);

    const response = await page.goto(link!);
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    expect(response?.headers()['cache-control']).toBe('no-store');
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
    await checkScreens(page, 'reset-password');
    await page.getByLabel(/^New password/).fill('short');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
    await expectFirstErrorFocused(page);
    await page.getByLabel(/^New password/).fill('reset by email passphrase');
    await page.getByLabel('Confirm new password').fill('reset by email passphrase');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page).toHaveURL(/\/sign-in\?reset=done/);
    await expect(page.getByRole('status')).toContainText('Your password was changed and every session was signed out.');

    await signedIn.goto('/credentials');
    await expect(signedIn).toHaveURL(/\/sign-in/);
    await page.getByLabel('Email').fill(resetOwner.email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Sign in' }).getByRole('alert')).toContainText('That email and password do not match');
    await signIn(page, resetOwner.email, 'reset by email passphrase');

    const reused = await newBrowserPage(browser, app.url);
    await reused.goto(link!);
    await expect(reused.getByRole('heading', { level: 1, name: 'This reset link no longer works' })).toBeVisible();
    await expect(reused.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
    await reused.goto(`/reset-password?token=${'x'.repeat(24)}`);
    await expect(reused.getByRole('heading', { level: 1, name: 'This reset link no longer works' })).toBeVisible();
  });

  test('a reset link older than an hour says it no longer works, with a way to ask for a new one', async ({ browser }) => {
    test.setTimeout(120_000);
    const page = await newBrowserPage(browser, app.url);
    const sentBefore = inbox.messages.length;
    await askForLink(page, resetOwner.email);
    const mail = await inbox.waitFor((message) => inbox.messages.indexOf(message) >= sentBefore && message.to.includes(resetOwner.email), 30_000);
    const link = resetLinkIn(mail.text)!;
    try {
      fs.writeFileSync(clockFile, String(3_600_000 + 60_000));
      await new Promise((resolve) => setTimeout(resolve, 400)); // the shim re-reads it every 100 ms
      await page.goto(link);
      await expect(page.getByRole('heading', { level: 1, name: 'This reset link no longer works' })).toBeVisible();
      await expect(page.getByText(/it expired \(a reset link works for 1 hour\)/)).toBeVisible();
      await page.getByRole('link', { name: 'Ask for a new link' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
    } finally {
      fs.writeFileSync(clockFile, '0');
    }
  });
});
