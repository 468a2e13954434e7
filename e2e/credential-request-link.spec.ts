import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { signUpFirstOwner, startIsolatedApp, type IsolatedApp } from './support/isolated-app';
import { axeViolations, layoutProblems } from './support/layout-checks';
import { e2eDataDir } from './support/paths';
import { canaryToken } from './support/planhat-double-client';
import { expect, test, waitForHydrationOnNavigation } from './support/test';

// The recipient's side of a credential request link, on an app of its own: its clock can be moved
// (e2e/support/clock-shim.mjs) so a link expires without waiting, and it believes the tests'
// X-Forwarded-For, so each test is its own client address for the per-address rate limit.
const port = Number(process.env.E2E_PORT ?? 3100) + 40;
const clockFile = path.join(e2eDataDir, 'request-link-clock-offset');
const requester = { name: 'Rita Requester', email: 'rita@example.com', password: 'correct horse battery staple', workspace: 'Northwind Analytics' };
const HOUR = 3_600_000;

let app: IsolatedApp;
let apiKey = '';
let nextAddress = 10;

const setClockOffset = async (ms: number) => {
  fs.writeFileSync(clockFile, String(ms));
  await new Promise((resolve) => setTimeout(resolve, 400)); // the shim re-reads it every 100 ms
};

async function createRequest(body: { name?: string; note?: string; expiresIn?: '1h' | '24h' | '7d' } = {}) {
  const response = await fetch(`${app.url}/api/v1/credential-requests`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  const created = (await response.json()) as { id: string; url: string; status: string; expiresAt: string };
  const url = new URL(created.url);
  expect(url.pathname).toBe('/credential-request');
  return { ...created, path: `${url.pathname}${url.hash}`, secret: url.hash.slice(1) };
}

/** A browser with no session, as the token holder has, from an address of its own. */
async function recipientPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: app.url, storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${nextAddress++}` } });
  return waitForHydrationOnNavigation(await context.newPage());
}

const SCREEN_WIDTHS = [1440, 1280, 768, 390] as const;
const SCREENS_DIR = path.resolve('e2e', 'screens');

/**
 * The state the page is in, at four widths in light and dark, with visual.spec.ts's checks (one-row
 * header, no sideways scroll or overflow, axe at the widest and narrowest); screenshots in e2e/screens/.
 */
async function checkScreens(page: Page, name: string, widths: readonly number[] = SCREEN_WIDTHS) {
  // CI's second pass (the embedded database) repeats behaviour, not screens: they do not depend on the database.
  if (process.env.E2E_SKIP_SCREENS === '1') return;
  fs.mkdirSync(SCREENS_DIR, { recursive: true });
  const problems: string[] = [];
  const original = page.viewportSize();
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      // The header is sticky: from the top, so the full-page shot does not show it midway.
      await page.evaluate(() => window.scrollTo(0, 0));
      // Long enough for Chromium to repaint light-dark() colours after the switch.
      await page.waitForTimeout(200);
      for (const problem of await layoutProblems(page)) problems.push(`${width} px, ${theme}: ${problem}`);
      if (width === 1440 || width === 390) for (const violation of await axeViolations(page)) problems.push(`${width} px, ${theme}: axe ${violation}`);
      await page.screenshot({ path: path.join(SCREENS_DIR, `request-link-${name}-${width}-${theme}.png`), fullPage: true });
    }
  }
  if (original) await page.setViewportSize(original);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  expect.soft(problems, `request-link-${name}`).toEqual([]);
}

const tokenField = (page: Page) => page.getByRole('textbox', { name: 'API Access Token' });

test.describe('a credential request link, for someone without an account', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000);
    fs.mkdirSync(e2eDataDir, { recursive: true });
    fs.writeFileSync(clockFile, '0');
    app = await startIsolatedApp('request-link', port, {
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${pathToFileURL(path.resolve('e2e/support/clock-shim.mjs')).href}`.trim(),
      E2E_CLOCK_OFFSET_FILE: clockFile,
      TRUSTED_PROXIES: '127.0.0.1',
    });
    const context = await browser.newContext({ baseURL: app.url, storageState: { cookies: [], origins: [] } });
    const page = waitForHydrationOnNavigation(await context.newPage());
    await signUpFirstOwner(page, app.url, requester);
    await page.goto('/settings/api-keys');
    await page.getByLabel('Key name').fill('Request links e2e');
    await page.getByRole('button', { name: 'Create key' }).click();
    apiKey = await page.getByRole('textbox', { name: 'API key Request links e2e' }).inputValue();
    expect(apiKey).toMatch(/^phcm_/);
    await context.close();
  });

  test.afterAll(async () => {
    await app?.stop();
    fs.rmSync(clockFile, { force: true });
  });

  test('the token holder sees the request, a wrong token gets its error and the link stays usable, a valid one is sealed and handed over once', async ({ browser }) => {
    test.setTimeout(240_000);
    const request = await createRequest({ name: 'Northwind production', note: 'For the nightly companies sync.\nThanks!' });
    const page = await recipientPage(browser);
    await page.goto(request.path);

    await expect(page.getByRole('heading', { level: 1, name: `Add a Planhat credential for ${requester.workspace}` })).toBeFocused();
    const facts = page.getByRole('definition');
    await expect(facts.filter({ hasText: requester.workspace })).toBeVisible();
    await expect(facts.filter({ hasText: requester.name })).toBeVisible();
    await expect(page.getByRole('blockquote')).toHaveText('For the nightly companies sync.\nThanks!');
    await expect(page.getByText('The source picks its data models after the token is in')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Sources' })).toHaveCount(0);
    await expect(page.getByLabel('Credential Name')).toHaveValue('Northwind production');
    await page.getByText('How to get a token').click();
    await expect(page.getByText('Copy the token at once')).toBeVisible();
    await checkScreens(page, 'form');

    // A token Planhat refuses: the error sits under the field, says how many tries are left, and the form stays.
    await tokenField(page).fill(canaryToken('link-wrong'));
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(tokenField(page)).toBeFocused();
    await expect(tokenField(page)).toHaveAccessibleDescription(/Planhat did not accept this token.*9 more tries before it locks/);
    await checkScreens(page, 'invalid-token');

    // The right one: checked live, sealed, and the Done panel says so.
    const token = canaryToken('link-good');
    app.double.addToken({ token, readable: ['companies', 'endusers', 'licenses'] });
    await tokenField(page).fill(token);
    await page.getByRole('button', { name: 'Save' }).click();
    const done = page.getByRole('heading', { level: 1, name: `Done: the token was sealed and handed to ${requester.name}.` });
    await expect(done).toBeFocused();
    await expect(page.getByText('You can close this page.')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Partial access' })).toContainText('can read 3 of 11 Planhat data models');
    const html = await page.content();
    expect(html).not.toContain(token);
    expect(html).not.toContain(request.secret);
    await checkScreens(page, 'done-partial');

    // It landed in the requester's workspace.
    const list = await fetch(`${app.url}/api/v1/credentials?limit=100`, { headers: { authorization: `Bearer ${apiKey}` } });
    expect(JSON.stringify(await list.json())).toContain('Northwind production');

    // The link works once.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'This link is no longer valid' })).toBeFocused();
    await expect(page.getByText('ask the person who sent it to you for a new link.')).toBeVisible();
    await checkScreens(page, 'no-longer-valid');
    expect(app.output()).not.toContain(token);
    expect(app.output()).not.toContain(request.secret);
    await page.context().close();
  });

  test('an unknown link gets the same page as a spent one, and a cut-off link is told to be copied whole', async ({ browser }) => {
    const page = await recipientPage(browser);
    await page.goto(`/credential-request#${'A'.repeat(43)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'This link is no longer valid' })).toBeVisible();
    const request = await createRequest();
    await page.goto(request.path.slice(0, -6));
    await expect(page.getByRole('heading', { level: 1, name: 'This link looks incomplete' })).toBeVisible();
    await expect(page.getByText('copy the whole link into the address bar')).toBeVisible();
    await page.goto('/credential-request');
    await expect(page.getByRole('heading', { level: 1, name: 'This link looks incomplete' })).toBeVisible();
    // The full link still works: the cut-off one changed nothing.
    await page.goto(request.path);
    await expect(page.getByRole('heading', { level: 1, name: /^Add a Planhat credential for / })).toBeVisible();
    await page.context().close();
  });

  test('ten wrong tokens lock the link, and the page says whom to ask for a new one', async ({ browser }) => {
    test.setTimeout(120_000);
    const request = await createRequest();
    const page = await recipientPage(browser);
    await page.goto(request.path);
    await page.getByLabel('Credential Name').fill('Locked out');
    for (let attempt = 1; attempt <= 9; attempt++) {
      await tokenField(page).fill(canaryToken(`link-lock-${attempt}`));
      await page.getByRole('button', { name: 'Save' }).click();
      const left = 10 - attempt;
      await expect(tokenField(page)).toHaveAccessibleDescription(new RegExp(`${left} more tr${left === 1 ? 'y' : 'ies'} before it locks`));
    }
    await tokenField(page).fill(canaryToken('link-lock-10'));
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'This link is locked' })).toBeFocused();
    await expect(page.getByText(`This link is locked after 10 attempts with a wrong token. Ask ${requester.name} for a new link.`)).toBeVisible();
    await checkScreens(page, 'locked');
    // Locked is "no longer valid" to whoever opens it next: links cannot be probed for their state.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'This link is no longer valid' })).toBeVisible();
    await page.context().close();
  });

  test('while Planhat is asked, the page shows each data model’s answer as it comes, and offers no Cancel it could not keep', async ({ browser }) => {
    test.setTimeout(180_000);
    // The slow models time out within seconds, so each width gets a save of its own.
    for (const width of SCREEN_WIDTHS) {
      const request = await createRequest({ name: `Slow workspace ${width}` });
      const token = canaryToken('link-slow');
      app.double.addToken({ token, readable: ['companies', 'nps', 'tickets', 'churn', 'issues'], behaviour: 'slow', behaviourModels: ['churn', 'issues'], slowMs: 60_000 });
      const page = await recipientPage(browser);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(request.path);
      await tokenField(page).fill(token);
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByText('9 of 11 data models')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
      await expect(tokenField(page)).toHaveAttribute('readonly', '');
      await checkScreens(page, 'checking', [width]);
      await page.context().close();
    }
  });

  test('a link expires by the server’s clock', async ({ browser }) => {
    const request = await createRequest({ expiresIn: '1h' });
    const page = await recipientPage(browser);
    await page.goto(request.path);
    await expect(page.getByRole('definition').filter({ hasText: 'It works for one save.' })).toContainText(/in (1 hour|60 minutes|59 minutes)/);
    try {
      await setClockOffset(HOUR + 60_000);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'This link is no longer valid' })).toBeVisible();
    } finally {
      await setClockOffset(0);
    }
  });

  test('the page is sent with no-store, no-referrer and the app’s CSP, and without the secret', async () => {
    const request = await createRequest();
    const response = await fetch(`${app.url}/credential-request`, { headers: { 'x-forwarded-for': '198.51.100.250' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(await response.text()).not.toContain(request.secret);
  });

  test('a signed-in visitor sees the request and nothing of their own workspace', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: app.url, storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${nextAddress++}` } });
    const page = waitForHydrationOnNavigation(await context.newPage());
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(requester.email);
    await page.getByLabel('Password').fill(requester.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Credentials' })).toBeVisible();
    await page.goto((await createRequest()).path);
    await expect(page.getByRole('heading', { level: 1, name: /^Add a Planhat credential for / })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /notifications/i })).toHaveCount(0);
    await context.close();
  });
});
