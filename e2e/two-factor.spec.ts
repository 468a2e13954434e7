import { generate } from 'otplib';
import type { Browser, Page } from '@playwright/test';
import { acceptInvitationAsNewUser, invite, password, uniqueEmail } from './support/accounts';
import { accountMenuButton, signOut } from './support/account-menu';
import { uniqueName } from './support/credentials';
import { expect, test, waitForHydrationOnNavigation } from './support/test';

const noSession = { storageState: { cookies: [], origins: [] } };

// Each test signs several people in and out: more than the default minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

async function newMember(page: Page, browser: Browser, name: string) {
  const email = uniqueEmail('two-factor');
  const invitationPath = await invite(page, email);
  const context = await browser.newContext(noSession);
  const member = waitForHydrationOnNavigation(await context.newPage());
  await acceptInvitationAsNewUser(member, invitationPath, name);
  return { member, email };
}

/** Account → Two-factor authentication, all the way through; returns the setup key and the recovery codes. */
async function setUpTwoFactor(page: Page) {
  const panel = page.getByRole('region', { name: 'Two-factor authentication' });
  await panel.getByRole('button', { name: 'Set up two-factor authentication' }).click();
  await panel.getByLabel('Password').fill('not my password');
  await panel.getByRole('button', { name: 'Continue' }).click();
  await expect(panel.getByLabel('Password')).toHaveAccessibleDescription(/That password is not right/);
  await panel.getByLabel('Password').fill(password);
  await panel.getByRole('button', { name: 'Continue' }).click();

  await expect(panel.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  const secret = (await panel.getByRole('textbox', { name: 'Setup key' }).inputValue()).replace(/\s/g, '');
  await panel.getByLabel('Authentication code').fill('000000');
  await panel.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
  const code = await generate({ secret });
  if (code !== '000000') await expect(panel.getByLabel('Authentication code')).toHaveAccessibleDescription(/That code is not right/);
  await panel.getByLabel('Authentication code').fill(code);
  await panel.getByRole('button', { name: 'Turn on two-factor authentication' }).click();

  await expect(panel.getByText('Two-factor authentication is on.')).toBeVisible();
  const recoveryCodes = await panel.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allInnerTexts();
  expect(recoveryCodes).toHaveLength(10);
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download codes' }).click();
  expect((await download).suggestedFilename()).toBe('credential-manager-recovery-codes.txt');
  await panel.getByRole('button', { name: 'I saved my codes' }).click();
  await expect(panel.getByText('On', { exact: true })).toBeVisible();
  return { secret, usedCode: code, recoveryCodes };
}

async function passwordStep(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Two-factor authentication' })).toBeVisible();
}

test('two-factor: set up with an authenticator app, then sign in with a code (once) and with a recovery code (once)', async ({ page, browser }) => {
  const { member, email } = await newMember(page, browser, 'Tara Twofactor');
  await member.goto('/account');
  const { secret, usedCode, recoveryCodes } = await setUpTwoFactor(member);
  await signOut(member);

  // The password alone is not enough, and the code that turned it on cannot be used again.
  await passwordStep(member, email);
  await member.getByLabel('Authentication code').fill(usedCode);
  await member.getByRole('button', { name: 'Verify and sign in' }).click();
  const fresh = await generate({ secret, epoch: Date.now() / 1000 + 30 });
  if (fresh !== usedCode) {
    await expect(member.getByLabel('Authentication code')).toHaveAccessibleDescription(/used already/);
    await member.getByLabel('Authentication code').fill(fresh);
    await member.getByRole('button', { name: 'Verify and sign in' }).click();
  }
  await expect(accountMenuButton(member)).toBeVisible();
  await signOut(member);

  // A recovery code signs in once.
  await passwordStep(member, email);
  await member.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await member.getByLabel('Recovery code').fill(recoveryCodes[0]!);
  await member.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(accountMenuButton(member)).toBeVisible();
  await signOut(member);
  await passwordStep(member, email);
  await member.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await member.getByLabel('Recovery code').fill(recoveryCodes[0]!);
  await member.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(member.getByLabel('Recovery code')).toHaveAccessibleDescription(/not valid, or it was used already/);
  await expect(accountMenuButton(member)).toHaveCount(0);
  await member.context().close();
});

test('a workspace that requires two-factor sends a member without it to set it up before anything else', async ({ page, browser }) => {
  // Someone with two-factor on creates a workspace and requires it there.
  const { member: owner } = await newMember(page, browser, 'Polly Policy');
  await owner.goto('/account');
  await setUpTwoFactor(owner);
  await owner.goto('/settings/members');
  await owner.getByLabel('Workspace name').fill(uniqueName('Strict Co'));
  await owner.getByRole('button', { name: 'Create workspace' }).click();
  await expect(owner).toHaveURL(/\/$/);
  await owner.goto('/settings/security');
  const policy = owner.getByRole('region', { name: 'Two-factor authentication' });
  await policy.getByLabel(/Require two-factor authentication/).check();
  await policy.getByRole('button', { name: 'Save' }).click();
  await expect(policy.getByText('Two-factor authentication is now required.')).toBeVisible();

  // Their new member lands on the setup page, whatever they open, until it is on.
  const email = uniqueEmail('strict-member');
  const invitationPath = await invite(owner, email);
  const context = await browser.newContext(noSession);
  const member = waitForHydrationOnNavigation(await context.newPage());
  await member.goto(invitationPath);
  await member.getByLabel('Your name').fill('Nico Newcomer');
  await member.getByLabel('Password').fill(password);
  await member.getByRole('button', { name: 'Create account' }).click();
  await member.getByRole('button', { name: /^Join / }).click();
  await expect(member.getByRole('heading', { level: 1, name: 'Set up two-factor authentication' })).toBeVisible();
  await expect(member.getByText(/requires two-factor authentication for everyone/)).toBeVisible();
  await member.goto('/credentials');
  await expect(member).toHaveURL(/\/account\/two-factor\?next=%2Fcredentials/);
  await setUpTwoFactor(member);
  await expect(member).toHaveURL(/\/credentials$/);
  await expect(member.getByRole('heading', { level: 1, name: 'Credentials' })).toBeVisible();

  // It cannot be turned off while the workspace requires it.
  await member.goto('/account');
  await expect(member.getByText(/Required by .*it stays on while you are a member/)).toBeVisible();
  await expect(member.getByRole('button', { name: 'Turn off...' })).toHaveCount(0);
  await context.close();
  await owner.context().close();
});

test('passkeys: add one with a virtual authenticator, sign in with it, rename and remove it', async ({ page, browser }) => {
  const { member, email } = await newMember(page, browser, 'Pat Passkey');
  await member.context().close();
  // WebAuthn refuses IP addresses: the passkey part runs on localhost.
  const localhost = (test.info().project.use.baseURL ?? '').replace('127.0.0.1', 'localhost');
  const context = await browser.newContext({ ...noSession, baseURL: localhost });
  const user = waitForHydrationOnNavigation(await context.newPage());
  const cdp = await context.newCDPSession(user);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });

  await user.goto('/sign-in');
  await user.getByLabel('Email').fill(email);
  await user.getByLabel('Password').fill(password);
  await user.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(accountMenuButton(user)).toBeVisible();
  await user.goto('/account');
  const panel = user.getByRole('region', { name: 'Passkeys' });
  await expect(panel.getByText('No passkeys yet.')).toBeVisible();
  await panel.getByLabel('Passkey name').fill('\u202eevil');
  await panel.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(panel.getByLabel('Passkey name')).toHaveAccessibleDescription(/right-to-left override/);
  await panel.getByLabel('Passkey name').fill('Test laptop');
  await panel.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(panel.getByText('Passkey “Test laptop” added.')).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Your passkeys' }).getByText('Test laptop')).toBeVisible();
  // The workspace's owner sees it in the audit log.
  await page.goto('/settings/audit-log');
  await expect(page.getByRole('row').filter({ hasText: 'Added a passkey' }).filter({ hasText: 'Test laptop' })).toBeVisible();

  await signOut(user);
  await user.goto('/sign-in');
  await user.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(accountMenuButton(user)).toBeVisible();

  await user.goto('/account');
  await panel.getByRole('button', { name: 'Rename Test laptop' }).click();
  await panel.getByLabel('New name').fill('Work laptop');
  await panel.getByRole('button', { name: 'Save name' }).click();
  await expect(panel.getByText('Work laptop')).toBeVisible();
  await panel.getByRole('button', { name: 'Remove Work laptop' }).click();
  await user.getByRole('dialog').getByRole('button', { name: 'Remove passkey' }).click();
  await expect(panel.getByText('No passkeys yet.')).toBeVisible();

  // A removed passkey no longer signs in.
  await signOut(user);
  await user.goto('/sign-in');
  await user.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(user.getByText(/not registered to an account here|cancelled/)).toBeVisible();
  await expect(accountMenuButton(user)).toHaveCount(0);
  await context.close();
});
