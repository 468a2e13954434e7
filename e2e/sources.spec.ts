import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { recordsFor } from '@/lib/testing/planhat-double/data';
import { addCredential, uniqueName } from './support/credentials';
import { databaseBytes } from './support/database-dump';
import { serverLogFile } from './support/paths';
import { addPlanhatToken, canaryToken, revokePlanhatToken } from './support/planhat-double-client';
import { newCredentialAndContinue, recordsTable, saveSource } from './support/sources';
import { expect, test } from './support/test';

// The double's records are deterministic, so the preview can be checked against real values.
const companies = recordsFor('companies').map((record) => String(record.name));
const endUserEmails = recordsFor('endusers').map((record) => String(record.email));

async function expectNoSeriousAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

test('a Companies source previews the records Planhat serves, saves, and reads them again on its own page', async ({ page }) => {
  const { credentialName } = await newCredentialAndContinue(page, 'sources');
  await expect(page.getByText(`This source will use “${credentialName}”`)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Companies' })).toBeChecked();

  const preview = recordsTable(page, 'Companies');
  await expect(preview.getByRole('columnheader')).toHaveText(['Name', 'External ID', 'Phase', 'Status', 'MRR', 'ARR']);
  await expect(preview.getByRole('row')).toHaveCount(11);
  await expect(preview.getByRole('cell', { name: companies[0], exact: true })).toBeVisible();
  await expect(preview.getByRole('cell', { name: companies[9], exact: true })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('link', { name: 'Next' }).click();
  await expect(preview.getByRole('cell', { name: companies[10], exact: true })).toBeVisible();
  await expect(page.getByText('Records 11–20', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Previous' }).click();
  await expect(preview.getByRole('cell', { name: companies[0], exact: true })).toBeVisible();

  await page.getByRole('radio', { name: 'End Users' }).check();
  await expect(recordsTable(page, 'End Users').getByRole('cell', { name: endUserEmails[0], exact: true })).toBeVisible();
  await page.getByRole('radio', { name: 'Companies' }).check();
  await expect(preview.getByRole('cell', { name: companies[0], exact: true })).toBeVisible();

  // A refused save keeps what was chosen and says what is missing, beside the field.
  await page.getByRole('button', { name: 'Save source' }).click();
  await expect(page.getByLabel('Source name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Source name')).toHaveAccessibleDescription(/Enter a name for the source\./);
  await expect(page.getByRole('radio', { name: 'Companies' })).toBeChecked();

  const source = await saveSource(page);
  await expect(page.getByText('Source saved.')).toBeVisible();
  await expect(recordsTable(page, 'Companies').getByRole('cell', { name: companies[0], exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Credential', exact: true })).toContainText('Verified');
  await expectNoSeriousAxeViolations(page);

  await page.reload();
  await expect(recordsTable(page, 'Companies').getByRole('cell', { name: companies[3], exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Next' }).click();
  await expect(recordsTable(page, 'Companies').getByRole('cell', { name: companies[12], exact: true })).toBeVisible();

  await page.goto('/sources');
  const row = page.getByRole('row', { name: new RegExp(source.name) });
  await expect(row).toContainText('Companies');
  await expect(row).toContainText(credentialName);
  await row.getByRole('link', { name: source.name }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${source.id}$`));
});

test('ten previews leave the History showing only the real changes, and the Usage panel counts them as reads today', async ({ page }) => {
  const { credentialName } = await newCredentialAndContinue(page, 'sources');
  const preview = recordsTable(page, 'Companies');
  await expect(preview.getByRole('cell', { name: companies[0], exact: true })).toBeVisible();
  // One read on arrival, four pages on, four back and a reload: ten previews.
  for (const [link, first] of [['Next', 11], ['Next', 21], ['Next', 31], ['Next', 41], ['Previous', 31], ['Previous', 21], ['Previous', 11], ['Previous', 1]] as const) {
    await page.getByRole('link', { name: link }).click();
    await expect(page.getByText(`Records ${first}–${first + 9}`, { exact: true })).toBeVisible();
  }
  await page.reload();
  await expect(preview.getByRole('cell', { name: companies[0], exact: true })).toBeVisible();
  const source = await saveSource(page);
  await expect(recordsTable(page, 'Companies').getByRole('cell', { name: companies[0], exact: true })).toBeVisible();

  await page.getByRole('link', { name: credentialName }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: credentialName })).toBeVisible();
  await expect(page.getByRole('list', { name: 'History' }).getByRole('listitem')).toHaveText([/^Created \(verified\)/]);
  const usage = page.getByRole('region', { name: 'Usage' });
  await expect(usage.getByRole('row', { name: /Configure preview/ }).getByRole('cell')).toHaveText(['Configure preview · Companies', '10', '0', 'Records read']);
  await expect(usage.getByRole('row', { name: /Configure preview/ }).getByRole('rowheader')).toHaveText('Today');
  await expect(usage.getByRole('row', { name: new RegExp(source.name) }).getByRole('cell')).toHaveText([`${source.name} · Companies`, '1', '0', 'Records read']);
  await expect(usage.getByRole('link', { name: source.name })).toHaveAttribute('href', `/sources/${source.id}`);
  await expect(page.getByRole('region', { name: 'Details' }).locator('dt:text-is("Last used") + dd')).toHaveText('just now');
  await expectNoSeriousAxeViolations(page);

  const filter = page.getByRole('group', { name: 'Show in history' });
  await expect(filter.getByRole('link', { name: 'All' })).toHaveAttribute('aria-current', 'true');
  await filter.getByRole('link', { name: 'Checks' }).click();
  await expect(page).toHaveURL(/\?history=checks$/);
  await expect(filter.getByRole('link', { name: 'Checks' })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByText('No checks yet.')).toBeVisible();
  await filter.getByRole('link', { name: 'Changes' }).click();
  await expect(page.getByRole('list', { name: 'History' }).getByRole('listitem')).toHaveText([/^Created \(verified\)/]);
});

test('models the credential cannot read are disabled, with the reason from its check', async ({ page }) => {
  await newCredentialAndContinue(page, 'sources', { readable: ['companies', 'endusers'] });

  const tickets = page.getByRole('radio', { name: 'Tickets' });
  await expect(tickets).toBeDisabled();
  await expect(tickets).toHaveAccessibleDescription(/no read permission on this model \(HTTP 403\)/);
  await expect(page.getByRole('radio', { name: 'End Users' })).toBeEnabled();
  await expect(page.getByText('This credential can read 2 of 11 Planhat data models.')).toBeVisible();
});

test('when Planhat stops accepting the token, the source page says so and the credential turns Invalid', async ({ page }) => {
  const { token, credentialName } = await newCredentialAndContinue(page, 'sources');
  await saveSource(page);
  await expect(recordsTable(page, 'Companies')).toBeVisible();

  await revokePlanhatToken(token);
  await page.reload();

  const problem = page.getByRole('alert').filter({ hasText: 'Planhat no longer accepts' });
  await expect(problem).toContainText(`Planhat no longer accepts the token of “${credentialName}”.`);
  await expect(problem).toContainText('The credential is now marked Invalid.');
  await expect(page.getByRole('link', { name: `Fix the credential “${credentialName}”` })).toHaveAttribute('href', /^\/credentials\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('region', { name: 'Credential', exact: true })).toContainText('Invalid');
  await expect(recordsTable(page, 'Companies')).toHaveCount(0);

  await page.goto('/sources/new/planhat');
  await expect(page.getByRole('radio', { name: credentialName })).toContainText('Invalid');
});

test('a destination can be created from the credential a source uses', async ({ page }) => {
  const { credentialName } = await newCredentialAndContinue(page, 'sources');
  await saveSource(page);

  await page.goto('/destinations/new/planhat');
  await page.getByRole('radio', { name: credentialName }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(`This destination will use “${credentialName}”`)).toBeVisible();
  await expect(page.getByText('write access cannot be verified without side effects')).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('button', { name: 'Save destination' }).click();
  await expect(page.getByText('Choose the data model to write to.')).toBeVisible();

  const name = uniqueName('Warehouse to Planhat');
  await page.getByRole('radio', { name: 'Tickets' }).check();
  await page.getByRole('radio', { name: /^Create/ }).check();
  await page.getByLabel('Destination name').fill(name);
  await page.getByRole('button', { name: 'Save destination' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Writes Tickets')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Credential', exact: true })).toContainText(credentialName);
  await page.goto('/destinations');
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText(`Tickets`);
});

test('a source can move to another credential through the Authenticate screen', async ({ page }) => {
  await newCredentialAndContinue(page, 'sources');
  const source = await saveSource(page);

  await page.getByRole('link', { name: 'Change credential' }).click();
  const replacement = uniqueName('Replacement');
  await addCredential(page, { name: replacement, token: await addPlanhatToken({ token: canaryToken('replacement') }) });
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: `Use “${replacement}”` }).click();

  await expect(page).toHaveURL(new RegExp(`/sources/${source.id}\\?changed=1$`));
  await expect(page.getByText(`The source now uses “${replacement}”.`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Credential', exact: true })).toContainText(replacement);
  await expect(recordsTable(page, 'Companies').getByRole('cell', { name: companies[0], exact: true })).toBeVisible();
});

test('a source can be deleted after a second press, and its credential is kept', async ({ page }) => {
  const { credentialName } = await newCredentialAndContinue(page, 'sources');
  const source = await saveSource(page);

  await page.getByRole('button', { name: 'Delete source' }).click();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Delete source' })).toBeFocused();
  await page.getByRole('button', { name: 'Delete source' }).click();
  await page.getByRole('button', { name: 'Yes, delete source' }).click();

  await expect(page).toHaveURL(/\/sources\?deleted=1$/);
  await expect(page.getByText('Source deleted. Its credential was kept.')).toBeVisible();
  await expect(page.getByRole('link', { name: source.name })).toHaveCount(0);
  expect((await page.goto(`/sources/${source.id}`))?.status()).toBe(404);
  await page.goto('/sources/new/planhat');
  await expect(page.getByRole('radio', { name: credentialName })).toBeVisible();
});

/** The token, or any long piece of it, found in `text`. Its last four characters alone are allowed. */
function leaks(text: string | Buffer, token: string): boolean {
  const haystack = text.toString('latin1');
  return haystack.includes(token) || haystack.includes(token.slice(0, -4)) || haystack.includes(token.slice(4));
}

test('using a credential never sends its token anywhere but Planhat: not in responses, server output or the database', async ({ page }) => {
  const bodies: string[] = [];
  const reading: Promise<unknown>[] = [];
  page.on('response', (response) => {
    bodies.push(`${JSON.stringify(response.headers())}\n`);
    reading.push(response.text().then((text) => bodies.push(text), () => {}));
  });
  // The browser may drop a streamed body before it can be read, so each page is also fetched whole.
  const sweep = async (...paths: string[]) => {
    for (const path of paths) {
      const response = await page.request.get(path);
      bodies.push(`${JSON.stringify(response.headers())}\n`, await response.text());
    }
  };

  // A working token, through every page that uses it.
  const { token, credentialName } = await newCredentialAndContinue(page, 'sources');
  const configure = new URL(page.url()).pathname + new URL(page.url()).search;
  await page.getByRole('link', { name: 'Next' }).click();
  await page.getByRole('radio', { name: 'Licenses' }).check();
  await expect(recordsTable(page, 'Licenses')).toBeVisible();
  await page.getByRole('radio', { name: 'Companies' }).check();
  const source = await saveSource(page);
  await page.getByRole('link', { name: 'Next' }).click();
  await expect(page.getByText('Records 11–20', { exact: true })).toBeVisible();
  await page.goto(`/sources/${source.id}/credential`);
  await page.getByRole('radio', { name: credentialName }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('The source already uses this credential.')).toBeVisible();
  const confirm = new URL(page.url()).pathname + new URL(page.url()).search;
  await page.goto('/destinations/new/planhat');
  await page.getByRole('radio', { name: credentialName }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('radio', { name: 'Companies' }).check();
  await page.getByLabel('Destination name').fill(uniqueName('Sweep destination'));
  await page.getByRole('button', { name: 'Save destination' }).click();
  await expect(page.getByText('Writes Companies')).toBeVisible();
  const destination = new URL(page.url()).pathname;
  await sweep(configure, `${configure}&model=licenses&offset=10`, `/sources/${source.id}`, `/sources/${source.id}?offset=10`, confirm, destination, '/sources', '/destinations');

  // A token whose errors echo it (as a careless API might), read on the configure step and a source page.
  const echoed = await addPlanhatToken({ token: canaryToken('echo-read'), behaviour: 'text-error' });
  const echoedName = uniqueName('Echoing');
  await page.goto('/sources/new/planhat');
  await page.getByRole('button', { name: 'Add Credential' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add New Credential' });
  await dialog.getByLabel('Credential Name').fill(echoedName);
  await dialog.getByRole('textbox', { name: 'API Access Token' }).fill(echoed);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.getByRole('button', { name: 'Save without verifying' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Couldn’t read records from Planhat.')).toBeVisible();
  const echoConfigure = new URL(page.url()).pathname + new URL(page.url()).search;
  const echoSource = await saveSource(page, uniqueName('Echo source'));
  await expect(page.getByText('Couldn’t read records from Planhat.')).toBeVisible();
  await sweep(echoConfigure, `/sources/${echoSource.id}`);

  // The revoked path too.
  await revokePlanhatToken(token);
  await page.goto(`/sources/${source.id}`);
  await expect(page.getByText('Planhat no longer accepts')).toBeVisible();
  await sweep(`/sources/${source.id}`, '/sources');
  await Promise.all(reading);

  const responses = bodies.join('\n');
  // The sweep saw the pages that show these credentials and records, so an absence below means something.
  expect(responses).toContain(credentialName);
  expect(responses).toContain(echoedName);
  expect(responses).toContain(companies[0]);
  expect(responses).toContain('Planhat no longer accepts');
  const serverOutput = fs.readFileSync(serverLogFile);
  const database = databaseBytes();
  for (const secret of [token, echoed]) {
    expect(leaks(responses, secret), 'token found in a response').toBe(false);
    expect(leaks(serverOutput, secret), 'token found in the server output').toBe(false);
    expect(leaks(database, secret), 'token found in the database').toBe(false);
  }
});
