import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { openAccountMenu } from './support/account-menu';
import { acceptInvitationAsNewUser, invite, password, uniqueEmail } from './support/accounts';
import { addCredential, fillNewCredential, uniqueName } from './support/credentials';
import { axeViolations, expectFirstErrorFocused, layoutProblems } from './support/layout-checks';
import { openNotifications, raiseCredentialAlert } from './support/notifications';
import { ownerStateFile } from './support/paths';
import { addPlanhatToken, canaryToken } from './support/planhat-double-client';
import { expect, test, waitForHydrationOnNavigation } from './support/test';

// Every screen and state, at four widths, light and dark: the checks that keep the design pass fixed.
// Screenshots go to e2e/screens/ (kept by CI as artifacts); look at them after a UI change.

const WIDTHS = [1440, 1280, 768, 390] as const;
// axe runs at the widest and the narrowest layout in each theme (colours and markup do not change in
// between); the layout checks run at every width.
const AXE_WIDTHS: readonly number[] = [1440, 390];
const THEMES = ['light', 'dark'] as const;
const SCREENS_DIR = path.resolve('e2e', 'screens');

type Who = 'owner' | 'newcomer' | 'signed-out';

interface Screen {
  name: string;
  who: Who;
  /** Brings the page to the state. */
  open: (page: Page) => Promise<void>;
  /** Open again for every width (states a submit or a dialog leaves behind), or every theme too (states that time out). */
  reopen?: 'width' | 'theme';
  /** Undoes what the state started before it is opened again (a check that would otherwise save). */
  leave?: (page: Page) => Promise<void>;
  /** A refused submit was the last step: the first field in error must have focus. */
  failedSubmit?: boolean;
  widths?: readonly number[];
  /** Screenshot the whole page, or only the viewport (dialogs, menus). */
  fullPage?: boolean;
}

test.setTimeout(240_000);

const LONG_NAME = 'Planhat production workspace for the nightly warehouse sync of companies and usage';
const fixture = { revokedRequest: '', partialName: uniqueName('Read-only NPS'), fullName: '', notVerifiedName: uniqueName('Saved during outage'), credentialId: '', sourceId: '', invitePath: '', alertsRaised: false };
let newcomerState = '';

test.beforeAll(async ({ browser }, info) => {
  info.setTimeout(240_000);
  fixture.fullName = `${LONG_NAME.slice(0, 73)} ${Math.random().toString(36).slice(2, 8)}`;
  const context = await browser.newContext({ storageState: ownerStateFile });
  const page = waitForHydrationOnNavigation(await context.newPage());
  await page.goto('/sources/new/planhat');
  await addCredential(page, { name: fixture.partialName, description: 'NPS and companies only.', token: await addPlanhatToken({ token: canaryToken('vis-partial'), readable: ['companies', 'endusers', 'licenses', 'nps'] }) });
  const full = await addCredential(page, { name: fixture.fullName, description: 'Nightly sync of companies, end users and licenses into the warehouse, with a description long enough to wrap.', token: await addPlanhatToken({ token: canaryToken('vis-full') }) });
  fixture.credentialId = (await full.getAttribute('data-credential-id')) ?? '';
  const dialog = await fillNewCredential(page, { name: fixture.notVerifiedName, token: await addPlanhatToken({ token: canaryToken('vis-down'), behaviour: 'server-error' }) });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.getByRole('button', { name: 'Save without verifying' }).click();
  await expect(dialog).toBeHidden();
  // A source on the long-named credential, so it is "in use".
  await page.goto(`/sources/new/planhat/configure?credential=${fixture.credentialId}&model=companies`);
  await page.getByLabel('Source name').fill(uniqueName('Companies nightly'));
  await page.getByRole('button', { name: 'Save source' }).click();
  await page.waitForURL(/\/sources\/[0-9a-f-]{36}/);
  fixture.sourceId = /\/sources\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
  // Credential requests in the states that end: one fulfilled through its link, one revoked.
  await page.goto('/credentials');
  const requestedName = uniqueName('Requested from Sam');
  const fulfilledLink = await makeRequestLink(page, { name: requestedName, email: 'sam.holder@example.com', note: 'For the nightly warehouse sync.' });
  const recipient = waitForHydrationOnNavigation(await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage());
  await recipient.goto(`/credential-request${new URL(fulfilledLink).hash}`);
  await recipient.getByLabel('Credential Name').fill(requestedName);
  await recipient.getByRole('textbox', { name: 'API Access Token' }).fill(await addPlanhatToken({ token: canaryToken('vis-requested') }));
  await recipient.getByRole('button', { name: 'Save' }).click();
  await expect(recipient.getByText(/^Done: the token was sealed/)).toBeVisible({ timeout: 30_000 });
  await recipient.context().close();
  fixture.revokedRequest = uniqueName('Revoked request');
  await makeRequestLink(page, { name: fixture.revokedRequest, note: '' });
  await page.goto('/credentials/requests');
  await page.getByRole('button', { name: `Revoke ${fixture.revokedRequest}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke link' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  // Someone new, whose own workspace is empty, for the empty states; and a pending invitation.
  const newcomerInvite = await invite(page, uniqueEmail('newcomer'));
  fixture.invitePath = await invite(page, uniqueEmail('invitee'));
  const newcomerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const newcomer = waitForHydrationOnNavigation(await newcomerContext.newPage());
  await acceptInvitationAsNewUser(newcomer, newcomerInvite, 'Nia Newcomer');
  await newcomer.goto('/settings/members');
  await newcomer.getByLabel('Workspace name').fill(uniqueName('Empty workspace'));
  await newcomer.getByRole('button', { name: 'Create workspace' }).click();
  await newcomer.waitForURL(/\/$/);
  newcomerState = path.join(info.outputDir, 'newcomer-state.json');
  await newcomerContext.storageState({ path: newcomerState });
  await newcomerContext.close();
  await context.close();
});

const screens: Screen[] = [
  { name: 'home', who: 'owner', open: (page) => go(page, '/') },
  {
    name: 'authenticate',
    who: 'owner',
    fullPage: true,
    open: async (page) => {
      await go(page, '/sources/new/planhat');
      await page.getByRole('radio', { name: fixture.fullName }).click();
    },
  },
  { name: 'authenticate-empty', who: 'newcomer', open: (page) => go(page, '/sources/new/planhat') },
  {
    name: 'overlay',
    who: 'owner',
    reopen: 'width',
    open: async (page) => {
      await go(page, '/sources/new/planhat');
      await page.getByRole('button', { name: 'Add Credential' }).click();
      await page.getByRole('dialog').getByText('How to get a token').click();
    },
  },
  {
    name: 'overlay-errors',
    who: 'owner',
    reopen: 'width',
    failedSubmit: true,
    open: async (page) => {
      await go(page, '/sources/new/planhat');
      await page.getByRole('button', { name: 'Add Credential' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    },
  },
  {
    name: 'overlay-checking',
    who: 'owner',
    reopen: 'theme',
    open: async (page) => {
      const token = await addPlanhatToken({ token: canaryToken('vis-slow'), readable: ['companies', 'nps', 'tickets', 'churn', 'issues'], behaviour: 'slow', behaviourModels: ['churn', 'issues'], slowMs: 60_000 });
      await go(page, '/sources/new/planhat');
      const dialog = await fillNewCredential(page, { name: uniqueName('Checking'), token });
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog.getByText('9 of 11 data models')).toBeVisible();
    },
    leave: async (page) => {
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel', exact: true }).click();
      await expect(page.getByText('Check cancelled. Nothing was saved.')).toBeVisible();
    },
  },
  {
    name: 'overlay-outage',
    who: 'owner',
    reopen: 'width',
    open: async (page) => {
      const token = await addPlanhatToken({ token: canaryToken('vis-outage'), behaviour: 'server-error' });
      await go(page, '/sources/new/planhat');
      const dialog = await fillNewCredential(page, { name: uniqueName('Outage'), token });
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog.getByRole('group', { name: 'Planhat is having problems right now' })).toBeFocused();
    },
  },
  {
    name: 'saved-partial',
    who: 'owner',
    open: async (page) => {
      await go(page, '/destinations/new/planhat');
      await addCredential(page, { name: uniqueName('Partial'), token: await addPlanhatToken({ token: canaryToken('vis-saved'), readable: ['companies', 'nps'] }) });
      await expect(page.getByText('is saved with partial access')).toBeVisible();
    },
  },
  { name: 'credentials', who: 'owner', fullPage: true, open: (page) => go(page, '/credentials') },
  { name: 'credentials-partial-filter', who: 'owner', open: (page) => go(page, '/credentials?status=partial&sort=name') },
  { name: 'credentials-no-match', who: 'owner', open: (page) => go(page, '/credentials?q=nothing-matches-this') },
  { name: 'credentials-empty', who: 'newcomer', open: (page) => go(page, '/credentials') },
  { name: 'credential-detail', who: 'owner', fullPage: true, open: (page) => go(page, `/credentials/${fixture.credentialId}`) },
  {
    name: 'delete-in-use',
    who: 'owner',
    reopen: 'width',
    open: async (page) => {
      await go(page, `/credentials/${fixture.credentialId}`);
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await expect(page.getByRole('dialog', { name: /is in use$/ })).toBeVisible();
    },
  },
  {
    name: 'request-dialog',
    who: 'owner',
    reopen: 'width',
    open: async (page) => {
      await go(page, '/sources/new/planhat');
      await page.getByRole('button', { name: 'Request from someone else' }).click();
      await expect(page.getByRole('dialog', { name: 'Request from someone else' })).toBeVisible();
    },
  },
  {
    name: 'request-dialog-errors',
    who: 'owner',
    reopen: 'width',
    failedSubmit: true,
    open: async (page) => {
      await go(page, '/credentials');
      await page.getByRole('button', { name: 'Request from someone else' }).click();
      const dialog = page.getByRole('dialog', { name: 'Request from someone else' });
      await dialog.getByLabel('Recipient email').fill('sam at example');
      await dialog.getByLabel('Note').fill('x'.repeat(1001));
      await dialog.getByRole('button', { name: 'Make link' }).click();
    },
  },
  {
    name: 'request-dialog-made',
    who: 'owner',
    reopen: 'width',
    open: async (page) => {
      await go(page, '/sources/new/planhat');
      await page.getByRole('button', { name: 'Request from someone else' }).click();
      const dialog = page.getByRole('dialog', { name: 'Request from someone else' });
      await dialog.getByLabel('Recipient email').fill('sam.holder@example.com');
      await dialog.getByLabel('Note').fill('Could you issue a read-only token for the nightly warehouse sync?');
      await dialog.getByRole('button', { name: 'Make link' }).click();
      await expect(dialog.getByRole('textbox', { name: 'Request link' })).toBeVisible();
    },
  },
  { name: 'credential-requests', who: 'owner', fullPage: true, open: (page) => go(page, '/credentials/requests') },
  { name: 'credential-requests-empty', who: 'newcomer', open: (page) => go(page, '/credentials/requests') },
  { name: 'sources', who: 'owner', open: (page) => go(page, '/sources') },
  { name: 'sources-empty', who: 'newcomer', open: (page) => go(page, '/sources') },
  {
    name: 'source-configure-error',
    who: 'owner',
    reopen: 'width',
    failedSubmit: true,
    open: async (page) => {
      await go(page, `/sources/new/planhat/configure?credential=${fixture.credentialId}&model=companies`);
      await page.getByRole('button', { name: 'Save source' }).click();
    },
  },
  { name: 'source-detail', who: 'owner', fullPage: true, open: (page) => go(page, `/sources/${fixture.sourceId}`) },
  {
    name: 'destination-configure-error',
    who: 'owner',
    reopen: 'width',
    failedSubmit: true,
    open: async (page) => {
      await go(page, `/destinations/new/planhat/configure?credential=${fixture.credentialId}`);
      await page.getByRole('button', { name: 'Save destination' }).click();
    },
  },
  { name: 'destinations', who: 'owner', open: (page) => go(page, '/destinations') },
  { name: 'source-change-credential', who: 'owner', fullPage: true, open: (page) => go(page, `/sources/${fixture.sourceId}/credential`) },
  { name: 'members', who: 'owner', fullPage: true, open: (page) => go(page, '/settings/members') },
  { name: 'audit-log', who: 'owner', fullPage: true, open: (page) => go(page, '/settings/audit-log') },
  { name: 'audit-log-empty', who: 'newcomer', open: (page) => go(page, '/settings/audit-log') },
  { name: 'security-sso', who: 'newcomer', fullPage: true, open: (page) => go(page, '/settings/security') },
  {
    name: 'security-sso-errors',
    who: 'newcomer',
    reopen: 'width',
    failedSubmit: true,
    fullPage: true,
    open: async (page) => {
      await go(page, '/settings/security');
      await page.getByRole('button', { name: 'Save provider' }).click();
    },
  },
  {
    name: 'health-checks-error',
    who: 'owner',
    reopen: 'width',
    failedSubmit: true,
    open: async (page) => {
      await go(page, '/settings/health-checks');
      await page.getByLabel(/^Remind owners/).check();
      await page.getByLabel('Days').fill('0');
      await page.getByRole('button', { name: 'Save' }).click();
    },
  },
  {
    name: 'api-keys-error',
    who: 'owner',
    reopen: 'width',
    failedSubmit: true,
    open: async (page) => {
      await go(page, '/settings/api-keys');
      await page.getByRole('button', { name: 'Create key' }).click();
    },
  },
  {
    name: 'account-menu',
    who: 'owner',
    open: async (page) => {
      await go(page, '/credentials');
      await openAccountMenu(page);
    },
  },
  {
    name: 'notifications-menu',
    who: 'owner',
    open: async (page) => {
      // Alerts can be raised beside the running app on Postgres only; elsewhere the list may be empty.
      if (process.env.DATABASE_URL && !fixture.alertsRaised) {
        await raiseCredentialAlert(fixture.credentialId, 'credential.invalid');
        await raiseCredentialAlert(fixture.credentialId, 'credential.access_changed');
        fixture.alertsRaised = true;
      }
      await go(page, '/credentials');
      await openNotifications(page);
    },
  },
  {
    name: 'notifications-empty',
    who: 'newcomer',
    open: async (page) => {
      await go(page, '/credentials');
      await openNotifications(page);
    },
  },
  {
    name: 'mobile-nav',
    who: 'owner',
    widths: [390],
    open: async (page) => {
      await go(page, '/credentials');
      await page.getByRole('button', { name: 'Menu' }).click();
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Credentials' })).toHaveAttribute('aria-current', 'page');
    },
  },
  { name: 'not-found', who: 'owner', open: (page) => go(page, '/credentials/00000000-0000-4000-8000-000000000000') },
  { name: 'sign-in', who: 'signed-out', open: (page) => go(page, '/sign-in') },
  {
    name: 'sign-in-sso',
    who: 'signed-out',
    reopen: 'width',
    open: async (page) => {
      await go(page, '/sign-in');
      await page.getByRole('button', { name: 'Continue with single sign-on' }).click();
    },
  },
  { name: 'sign-in-sso-refused', who: 'signed-out', open: (page) => go(page, '/sign-in?error=invalid_provider&error_description=token_not_verified') },
  { name: 'account', who: 'owner', fullPage: true, open: (page) => go(page, '/account') },
  {
    name: 'account-password-errors',
    who: 'owner',
    reopen: 'width',
    failedSubmit: true,
    open: async (page) => {
      await go(page, '/account');
      await page.getByRole('region', { name: 'Password' }).getByRole('button', { name: 'Change password' }).click();
    },
  },
  {
    name: 'account-two-factor-setup',
    who: 'newcomer',
    reopen: 'width',
    open: async (page) => {
      await go(page, '/account');
      const panel = page.getByRole('region', { name: 'Two-factor authentication' });
      await panel.getByRole('button', { name: 'Set up two-factor authentication' }).click();
      await panel.getByLabel('Password').fill(password);
      await panel.getByRole('button', { name: 'Continue' }).click();
      await panel.getByRole('img', { name: 'QR code for your authenticator app' }).scrollIntoViewIfNeeded();
    },
  },
  { name: 'forgot-password-email-off', who: 'signed-out', open: (page) => go(page, '/forgot-password') },
  { name: 'reset-password-invalid', who: 'signed-out', open: (page) => go(page, '/reset-password?token=no-longer-valid') },
  { name: 'invitation', who: 'signed-out', open: (page) => go(page, fixture.invitePath) },
];

for (const screen of screens) {
  test(`${screen.name}: one-row header, no sideways scroll or overflow, axe clean, at every width in light and dark`, { tag: '@visual' }, async ({ browser }) => {
    const page = await pageFor(browser, screen.who);
    const problems: string[] = [];
    for (const [index, width] of (screen.widths ?? WIDTHS).entries()) {
      await page.setViewportSize({ width, height: 900 });
      for (const [themeIndex, theme] of THEMES.entries()) {
        await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
        if ((index === 0 && themeIndex === 0) || (screen.reopen === 'width' && themeIndex === 0) || screen.reopen === 'theme') {
          await screen.open(page);
          if (screen.failedSubmit) await expectFirstErrorFocused(page);
        }
        await page.waitForTimeout(50);
        const where = `${width} px, ${theme}`;
        for (const problem of await layoutProblems(page)) problems.push(`${where}: ${problem}`);
        if (AXE_WIDTHS.includes(width)) for (const violation of await axeViolations(page)) problems.push(`${where}: axe ${violation}`);
        await page.screenshot({ path: path.join(SCREENS_DIR, `${screen.name}-${width}-${theme}.png`), fullPage: screen.fullPage ?? false });
        if (screen.reopen === 'theme') await screen.leave?.(page);
      }
    }
    await page.context().close();
    expect(problems).toEqual([]);
  });
}

async function pageFor(browser: Browser, who: Who): Promise<Page> {
  fs.mkdirSync(SCREENS_DIR, { recursive: true });
  const storageState = who === 'owner' ? ownerStateFile : who === 'newcomer' ? newcomerState : { cookies: [], origins: [] };
  const context = await browser.newContext({ storageState });
  return waitForHydrationOnNavigation(await context.newPage());
}

async function go(page: Page, url: string) {
  await page.goto(url);
}

/** Makes a credential request from the current page's "Request from someone else" and returns its link. */
async function makeRequestLink(page: Page, input: { name: string; note: string; email?: string }) {
  await page.getByRole('button', { name: 'Request from someone else' }).click();
  const dialog = page.getByRole('dialog', { name: 'Request from someone else' });
  if (input.email) await dialog.getByLabel('Recipient email').fill(input.email);
  await dialog.getByLabel('Note').fill(input.note);
  await dialog.getByLabel('Credential name').fill(input.name);
  await dialog.getByRole('button', { name: 'Make link' }).click();
  const link = await dialog.getByRole('textbox', { name: 'Request link' }).inputValue();
  await dialog.getByRole('button', { name: 'Done' }).click();
  return link;
}
