import type { Browser, Page } from '@playwright/test';
import { acceptInvitationAsNewUser, invite, uniqueEmail } from './support/accounts';
import { addCredential, uniqueName } from './support/credentials';
import { addPlanhatToken, canaryToken, revokePlanhatToken } from './support/planhat-double-client';
import { saveSource } from './support/sources';
import { expect, test, waitForHydrationOnNavigation } from './support/test';

// The requester's side of credential request links (issue 17). The recipient's page itself (wrong
// tokens, lock, expiry, headers) is covered by credential-request-link.spec.ts.

const NO_LONGER_VALID = 'This link is no longer valid';

/** Opens the request dialog from the current page, makes a link and returns it, read from the dialog. */
async function makeRequest(page: Page, input: { note: string; name?: string; opener?: string }) {
  await page.getByRole('button', { name: input.opener ?? 'Request from someone else' }).click();
  const dialog = page.getByRole('dialog', { name: input.opener ?? 'Request from someone else' });
  await dialog.getByLabel('Note').fill(input.note);
  if (input.name) await dialog.getByLabel('Credential name').fill(input.name);
  await dialog.getByRole('button', { name: 'Make link' }).click();
  const link = await dialog.getByRole('textbox', { name: 'Request link' }).inputValue();
  expect(link).toMatch(/^https?:\/\/[^/]+\/credential-request#[A-Za-z0-9_-]{43}$/);
  await expect(dialog).toContainText('Valid for 24 hours');
  await expect(dialog).toContainText('It works once.');
  return { dialog, link };
}

/** The same link on this test's server (the app builds it from its public address). */
const onThisServer = (link: string) => `/credential-request${new URL(link).hash}`;

/** Someone with no account and no session opens the link in a browser of their own. */
async function openAsRecipient(browser: Browser, link: string) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = waitForHydrationOnNavigation(await context.newPage());
  await page.goto(onThisServer(link));
  return page;
}

async function saveThroughLink(browser: Browser, link: string, input: { name?: string; token: string }) {
  const page = await openAsRecipient(browser, link);
  if (input.name) await page.getByLabel('Credential Name').fill(input.name);
  await page.getByRole('textbox', { name: 'API Access Token' }).fill(input.token);
  // A replacement request's page has only the token, and says what saving it does.
  await page.getByRole('button', { name: /^(Save|Replace token)$/ }).click();
  await expect(page.getByText(/^Done: the token was sealed and handed to/)).toBeVisible({ timeout: 30_000 });
  await page.context().close();
}

const requestRow = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });

test('a request made on a new source’s Authenticate step brings the saved credential back selected', async ({ page, browser }) => {
  const name = uniqueName('Requested for a source');
  await page.goto('/sources/new/planhat');
  const { dialog, link } = await makeRequest(page, { note: 'Could you issue a read-only token for the nightly sync?', name });
  await expect(dialog).toContainText('copy it and send it to the person who holds the token');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Request from someone else' })).toBeFocused();

  await saveThroughLink(browser, link, { name, token: await addPlanhatToken({ token: canaryToken('requested') }) });

  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: `“${name}” arrived through your request` })).toBeVisible();
  await expect(page.getByRole('radio', { name })).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Configure' })).toBeVisible();
  await expect(page.getByText(`This source will use “${name}”`)).toBeVisible();
  // Used now, so it no longer comes back selected on a later Authenticate step.
  await saveSource(page);

  await page.goto('/credentials/requests');
  const row = requestRow(page, name);
  await expect(row).toContainText('Fulfilled');
  await expect(row.getByRole('link', { name })).toHaveAttribute('href', /^\/credentials\/[0-9a-f-]{36}$/);
  await expect(row.getByRole('button', { name: /^Copy link/ })).toHaveCount(0);
  await expect(row.getByRole('button', { name: /^Revoke/ })).toHaveCount(0);

  await page.goto('/sources/new/planhat');
  await expect(page.getByText('arrived through your request')).toHaveCount(0);
});

test('a request’s link is copied again from the list on click only, and revoking it stops the link', async ({ page, browser }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const name = uniqueName('To revoke');
  await page.goto('/credentials');
  const { dialog, link } = await makeRequest(page, { note: 'Revoked before use.', name });
  await dialog.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('link', { name: /^Requests · \d+ pending$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credential requests' })).toBeVisible();
  const row = requestRow(page, name);
  await expect(row).toContainText('Pending');
  await expect(row).toContainText('Anyone with the link');

  // The link is in neither the page nor its RSC payload: only the click's answer carries it.
  const secret = new URL(link).hash.slice(1);
  expect(await page.content()).not.toContain(secret);
  expect(await (await page.request.get('/credentials/requests')).text()).not.toContain(secret);
  expect(await (await page.request.get('/credentials/requests', { headers: { RSC: '1' } })).text()).not.toContain(secret);
  await row.getByRole('button', { name: `Copy link of ${name}` }).click();
  await expect(row.getByRole('button', { name: `Copy link of ${name}` })).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Revoke this request?' });
  await expect(confirm).toContainText('stops working at once');
  await confirm.getByRole('button', { name: 'Revoke link' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText('Revoked');
  await expect(row.getByRole('button')).toHaveCount(0);

  const recipient = await openAsRecipient(browser, link);
  await expect(recipient.getByText(NO_LONGER_VALID)).toBeVisible();
  await expect(recipient.getByRole('textbox', { name: 'API Access Token' })).toHaveCount(0);
  await recipient.context().close();
});

test('the request form refuses a malformed email beside its field and focuses it', async ({ page }) => {
  await page.goto('/credentials');
  await page.getByRole('button', { name: 'Request from someone else' }).click();
  const dialog = page.getByRole('dialog', { name: 'Request from someone else' });
  await dialog.getByLabel('Recipient email').fill('not an email');
  await dialog.getByRole('button', { name: 'Make link' }).click();
  const email = dialog.getByLabel('Recipient email');
  await expect(email).toBeFocused();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(/email/i);
  await expect(dialog.getByRole('textbox', { name: 'Request link' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('an invalid credential’s “Ask for a new token” link replaces its token, and it is Verified again', async ({ page, browser }) => {
  const token = await addPlanhatToken({ token: canaryToken('to-replace') });
  const name = uniqueName('Revoked at Planhat');
  await page.goto('/sources/new/planhat');
  const id = await (await addCredential(page, { name, token })).getAttribute('data-credential-id');
  await page.goto(`/credentials/${id}`);
  await expect(page.getByRole('button', { name: 'Ask for a new token' })).toHaveCount(0);
  await revokePlanhatToken(token);
  await page.getByRole('button', { name: /^Re-check/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Checked: Invalid' })).toBeVisible();
  await page.reload();

  const { dialog, link } = await makeRequest(page, { note: 'The old token was revoked.', opener: 'Ask for a new token' });
  await expect(dialog).toContainText('replaces this credential’s token');
  await expect(dialog.getByLabel('Credential name')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Done' }).click();

  await saveThroughLink(browser, link, { token: await addPlanhatToken({ token: canaryToken('replacement') }) });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.locator('h1 + span, h1 ~ span').first()).toContainText('Verified');
  await expect(page.getByRole('button', { name: 'Ask for a new token' })).toHaveCount(0);
  await page.goto('/credentials/requests');
  await expect(requestRow(page, `New token for “${name}”`)).toContainText('Fulfilled');
});

test('a member may request credentials, and copy or revoke only the requests they made', async ({ page, browser }) => {
  const ownerRequest = uniqueName('Owner asked');
  await page.goto('/credentials');
  await (await makeRequest(page, { note: 'Asked by the owner.', name: ownerRequest })).dialog.getByRole('button', { name: 'Done' }).click();

  const invitationPath = await invite(page, uniqueEmail('requester'));
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const member = waitForHydrationOnNavigation(await context.newPage());
  await acceptInvitationAsNewUser(member, invitationPath, 'Rita Requester');
  const memberRequest = uniqueName('Member asked');
  await member.goto('/destinations/new/planhat');
  await (await makeRequest(member, { note: 'Asked by a member.', name: memberRequest })).dialog.getByRole('button', { name: 'Done' }).click();

  await member.goto('/credentials/requests');
  const own = requestRow(member, memberRequest);
  await expect(own).toContainText('Rita Requester');
  await expect(own).toContainText('For a new destination');
  await expect(own.getByRole('button', { name: `Copy link of ${memberRequest}` })).toBeVisible();
  await expect(own.getByRole('button', { name: `Revoke ${memberRequest}` })).toBeVisible();
  const colleagues = requestRow(member, ownerRequest);
  await expect(colleagues).toContainText('Pending');
  await expect(colleagues.getByRole('button')).toHaveCount(0);
  await context.close();

  // Owners and admins manage everyone's requests.
  await page.goto('/credentials/requests');
  await expect(requestRow(page, memberRequest).getByRole('button', { name: `Revoke ${memberRequest}` })).toBeVisible();
});
