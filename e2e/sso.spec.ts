import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { invite } from './support/accounts';
import { databaseBytes } from './support/database-dump';
import { axeViolations, layoutProblems } from './support/layout-checks';
import { startTestIdp, TAMPERED, type TestIdp } from '@/lib/testing/oidc-provider';
import { oidcProviderPort } from './support/paths';
import { expect, test, waitForHydrationOnNavigation } from './support/test';

// Single sign-on against a real OpenID provider (oidc-provider 9) started here. The app trusts its
// origin through SSO_INTERNAL_ISSUERS (e2e/support/start-server.ts).
// Some tests also take screens at four widths in both themes (checkScreens), which takes a while.
test.describe.configure({ mode: 'serial', timeout: 150_000 });

const domain = `sso-${randomBytes(3).toString('hex')}.example.test`;
const providerId = `oidc-${domain.replace(/[^a-z0-9]+/g, '-')}`;
const personAt = (prefix: string) => `${prefix}-${randomBytes(3).toString('hex')}@${domain}`;
let idp: TestIdp;
let redirectUri = '';

test.beforeAll(async ({}, info) => {
  const baseURL = info.project.use.baseURL!;
  redirectUri = `${baseURL}/api/auth/sso/callback/${providerId}`;
  idp = await startTestIdp({ port: oidcProviderPort, redirectUri });
});
test.afterAll(async () => {
  await idp?.close();
});

async function fillProvider(page: Page, fields: { issuer: string; clientId?: string; clientSecret?: string; domain?: string }) {
  const form = page.getByRole('form', { name: 'Identity provider' });
  await form.getByLabel('Issuer URL').fill(fields.issuer);
  if (fields.clientId !== undefined) await form.getByLabel('Client ID').fill(fields.clientId);
  if (fields.clientSecret !== undefined) await form.getByLabel('Client secret').fill(fields.clientSecret);
  if (fields.domain !== undefined) await form.getByLabel('Email domain').fill(fields.domain);
  await form.getByRole('button', { name: /^Save/ }).click();
  return form;
}

/** A signed-out browser that asks for single sign-on as `email`, and signs in at the identity provider. */
async function signInWithSso(browser: Browser, email: string) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const person = waitForHydrationOnNavigation(await context.newPage());
  await person.goto('/sign-in');
  await person.getByRole('button', { name: 'Continue with single sign-on' }).click();
  await person.getByLabel('Work email').fill(email);
  await person.getByRole('button', { name: 'Continue with single sign-on' }).click();
  await expect(person).toHaveURL(new RegExp(`^${idp.issuer}/interaction/`));
  await expect(person.locator('input[name="login"]')).toHaveValue(email);
  await person.locator('input[name="password"]').fill('any password works here');
  await person.getByRole('button', { name: 'Sign-in' }).click();
  await person.getByRole('button', { name: 'Continue' }).click();
  return { context, person };
}

/**
 * States only this spec reaches (a provider that answers): four widths, light and dark, with
 * visual.spec.ts's layout and axe checks; screenshots in e2e/screens/.
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
      await page.screenshot({ path: path.join(dir, `sso-${name}-${width}-${theme}.png`), fullPage: true });
    }
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  expect.soft(problems, `sso-${name}`).toEqual([]);
}

let apiKey = '';

interface AuditItem {
  action: string;
  actor: { email: string | null };
  target: { id: string } | null;
  detail: unknown;
}

/** The workspace's audit entries of `action` (or group), through GET /api/v1/audit-events. */
async function auditEvents(page: Page, action: string): Promise<AuditItem[]> {
  if (!apiKey) {
    await page.goto('/settings/api-keys');
    await page.getByLabel('Key name').fill('Single sign-on e2e');
    await page.getByRole('button', { name: 'Create key' }).click();
    apiKey = await page.getByRole('textbox', { name: 'API key Single sign-on e2e' }).inputValue();
  }
  const response = await page.request.get(`/api/v1/audit-events?action=${action}&limit=200`, { headers: { authorization: `Bearer ${apiKey}` } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { items: AuditItem[] }).items;
}

/** This provider's `sso.sign-in-failed` entries, newest first. */
const ssoFailures = async (page: Page) => (await auditEvents(page, 'sso.sign-in-failed')).filter((item) => item.target?.id === providerId);

test('an owner registers the identity provider; wrong issuers are refused with what to fix, and the secret never comes back', async ({ page }) => {
  const bodies: string[] = [];
  page.on('response', (response) => void response.text().then((text) => bodies.push(text), () => {}));
  await page.goto('/settings');
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Security' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Single sign-on' })).toBeVisible();
  // The redirect URI to enter at the identity provider is shown as soon as the domain is typed.
  await page.getByLabel('Email domain').fill(domain);
  await expect(page.getByRole('textbox', { name: 'Redirect URI' })).toHaveValue(redirectUri);

  // Plain http to an address the operator did not list; a private address; no discovery document there.
  let form = await fillProvider(page, { issuer: 'http://idp.example.test', clientId: idp.clientId, clientSecret: idp.clientSecret, domain });
  await expect(form.getByLabel('Issuer URL')).toHaveAccessibleDescription(/must use https:\/\//);
  await expect(form.getByLabel('Issuer URL')).toBeFocused();
  form = await fillProvider(page, { issuer: 'https://10.0.0.1', clientSecret: idp.clientSecret });
  await expect(form.getByLabel('Issuer URL')).toHaveAccessibleDescription(/private or local network/);
  form = await fillProvider(page, { issuer: `${idp.issuer}/not-the-issuer`, clientSecret: idp.clientSecret });
  await expect(form.getByLabel('Issuer URL')).toHaveAccessibleDescription(/answered HTTP 404/);
  // A bad domain is refused under its own field.
  form = await fillProvider(page, { issuer: idp.issuer, clientSecret: idp.clientSecret, domain: 'https://not a domain' });
  await expect(form.getByLabel('Email domain')).toHaveAccessibleDescription(/Enter the email domain only/);

  form = await fillProvider(page, { issuer: idp.issuer, clientSecret: idp.clientSecret, domain });
  await expect(form.getByRole('status')).toContainText('Saved');
  await expect(page.getByText('Set', { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Redirect URI' })).toHaveValue(redirectUri);
  await expect(form.getByLabel('Client secret')).toHaveValue('');

  // Saving again with the secret left blank keeps it (sign-in below uses it).
  form = await fillProvider(page, { issuer: idp.issuer, clientId: idp.clientId });
  await expect(form.getByRole('status')).toContainText('Saved');

  // Neither the page, its RSC payload, the action answers nor the database hold the secret in plaintext.
  await page.reload();
  await checkScreens(page, 'configured');
  const rsc = await page.request.get('/settings/security', { headers: { RSC: '1' } });
  expect(await rsc.text()).not.toContain(idp.clientSecret);
  expect(await page.content()).not.toContain(idp.clientSecret);
  expect(bodies.length).toBeGreaterThan(5);
  for (const body of bodies) expect(body).not.toContain(idp.clientSecret);
  expect(databaseBytes().includes(idp.clientSecret)).toBe(false);
});

test('a new person at the domain continues with single sign-on and joins the workspace as a member', async ({ browser, page }) => {
  const email = personAt('someone');
  const { context, person } = await signInWithSso(browser, email);
  await expect(person.getByRole('heading', { level: 1, name: 'Connect Planhat to your data pipelines' })).toBeVisible();
  await person.goto('/settings/members');
  const self = person.getByRole('row').filter({ hasText: email });
  await expect(self).toContainText('(you)');
  await expect(self).toContainText('member');
  await context.close();

  await page.goto('/settings/members');
  await expect(page.getByRole('row').filter({ hasText: email }).getByRole('combobox')).toHaveValue('member');
  const signIns = (await auditEvents(page, 'sign-in.succeeded')).filter((item) => item.actor.email === email);
  expect(signIns.map((item) => item.detail)).toEqual([{ method: 'single sign-on', provider: providerId }]);
  const joins = (await auditEvents(page, 'member.joined')).filter((item) => item.actor.email === email);
  expect(joins).toHaveLength(1);
});

test('a pending invitation is honoured: the invited person joins through single sign-on with the role it offered', async ({ browser, page }) => {
  const email = personAt('invited');
  await invite(page, email, 'admin');
  const { context, person } = await signInWithSso(browser, email);
  await person.goto('/settings/members');
  await expect(person.getByRole('row').filter({ hasText: email })).toContainText('admin');
  // Admins see the provider read-only; the secret is not in their page either.
  await person.goto('/settings/security');
  const panel = person.getByRole('region', { name: 'Single sign-on' });
  await expect(panel.getByText('Only workspace owners can change single sign-on.')).toBeVisible();
  await expect(panel.getByLabel('Issuer URL')).toBeDisabled();
  await expect(panel.getByLabel('Issuer URL')).toHaveValue(idp.issuer);
  await expect(panel.getByRole('button', { name: /^Save/ })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Remove single sign-on provider' })).toHaveCount(0);
  expect(await person.content()).not.toContain(idp.clientSecret);
  await context.close();
  await page.goto('/settings/members');
  // Accepted, so no longer pending: the email now shows only in the members table.
  await expect(page.getByText(email)).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: email }).getByRole('combobox')).toHaveValue('admin');
});

for (const [kind, message] of [
  ['signature', /could not be verified/],
  ['audience', /could not be verified/],
  ['nonce', /not issued for this sign-in/],
] as const) {
  test(`an ID token with a forged ${kind} is refused: a clear message, no session, and an audit entry`, async ({ browser, page }) => {
    const before = (await ssoFailures(page)).length;
    const email = personAt(TAMPERED[kind]);
    const { context, person } = await signInWithSso(browser, email);
    await expect(person).toHaveURL(/\/sign-in\?error=/);
    await expect(person.getByRole('alert').filter({ hasText: message })).toContainText('You were not signed in');
    if (kind === 'nonce') await checkScreens(person, 'refused');
    expect((await context.cookies()).filter((cookie) => cookie.name.includes('session_token'))).toEqual([]);
    await person.goto('/credentials');
    await expect(person).toHaveURL(/\/sign-in/);
    await context.close();

    const failures = await ssoFailures(page);
    expect(failures).toHaveLength(before + 1);
    expect(JSON.stringify(failures[0]!.detail)).toMatch(kind === 'nonce' ? /nonce_mismatch/ : /token_not_verified/);
    await page.goto('/settings/members');
    await expect(page.getByText(email)).toHaveCount(0);
  });
}

test('an email in another domain is told single sign-on is not set up for it', async ({ page, browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const person = waitForHydrationOnNavigation(await context.newPage());
  await person.goto('/sign-in');
  await person.getByLabel('Email').fill('someone@elsewhere.example.test');
  await person.getByRole('button', { name: 'Continue with single sign-on' }).click();
  await expect(person.getByLabel('Work email')).toHaveValue('someone@elsewhere.example.test');
  await person.getByRole('button', { name: 'Continue with single sign-on' }).click();
  await expect(person.getByLabel('Work email')).toHaveAccessibleDescription(/Single sign-on is not set up for elsewhere.example.test/);
  await context.close();

  // The owner removes the provider; the domain's people can no longer start single sign-on.
  await page.goto('/settings/security');
  await page.getByRole('button', { name: 'Remove single sign-on provider' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove provider' }).click();
  await expect(page.getByRole('button', { name: 'Save provider' })).toBeVisible();
  const items = await auditEvents(page, 'sso');
  const actions = items.filter((item) => item.target?.id === providerId).map((item) => item.action);
  expect(new Set(actions)).toEqual(new Set(['sso.configured', 'sso.updated', 'sso.removed', 'sso.sign-in-failed']));
  expect(JSON.stringify(items)).not.toContain(idp.clientSecret);
});
