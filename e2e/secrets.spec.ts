import fs from 'node:fs';
import { expect, test } from './support/test';
import { fillNewCredential, uniqueName } from './support/credentials';
import { databaseBytes } from './support/database-dump';
import { serverLogFile } from './support/paths';
import { addPlanhatToken, canaryToken } from './support/planhat-double-client';

/** The token, or any long piece of it, found in `text`. Its last four characters alone are allowed. */
function leaks(text: string | Buffer, token: string): boolean {
  const haystack = text.toString('latin1');
  return haystack.includes(token) || haystack.includes(token.slice(0, -4)) || haystack.includes(token.slice(4));
}

test('a saved token never leaves the server: not in responses, server output or the database', async ({ page }) => {
  const verified = await addPlanhatToken({ token: canaryToken('sweep') });
  // This one makes the Planhat double echo the token in its error body, as a careless API might.
  const echoed = await addPlanhatToken({ token: canaryToken('echo'), behaviour: 'text-error' });
  const rejected = canaryToken('rejected');
  const names = { verified: uniqueName('Sweep verified'), echoed: uniqueName('Sweep echoed') };

  const bodies: string[] = [];
  page.on('response', (response) => {
    bodies.push(`${JSON.stringify(response.headers())}\n`);
    void response.text().then((text) => bodies.push(text), () => {});
  });

  await page.goto('/sources/new/planhat');
  let dialog = await fillNewCredential(page, { name: names.verified, token: verified });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('radio', { name: names.verified })).toBeVisible();

  dialog = await fillNewCredential(page, { name: uniqueName('Sweep rejected'), token: rejected });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Planhat did not accept this token')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.getByRole('button', { name: 'Discard' }).click();

  dialog = await fillNewCredential(page, { name: names.echoed, token: echoed });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.getByRole('button', { name: 'Save without verifying' }).click();
  await expect(page.getByRole('radio', { name: names.echoed })).toBeVisible();

  await page.reload();
  await page.getByRole('radio', { name: names.verified }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Credential chosen' })).toBeVisible();
  await page.goto('/destinations/new/planhat');
  await page.waitForLoadState('networkidle');

  const responses = bodies.join('\n');
  // The sweep saw the pages that list these credentials, so an absence below means something.
  expect(responses).toContain(names.verified);
  expect(responses).toContain(names.echoed);
  const serverOutput = fs.readFileSync(serverLogFile);
  const database = databaseBytes();
  expect(database.toString('latin1')).toContain(names.verified);

  for (const token of [verified, echoed, rejected]) {
    expect(leaks(responses, token), 'token found in a response').toBe(false);
    expect(leaks(serverOutput, token), 'token found in the server output').toBe(false);
    expect(leaks(database, token), 'token found in the database').toBe(false);
  }
});
