import { openAccountMenu } from './support/account-menu';
import { expect, test } from './support/test';

const background = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the page follows the system’s light or dark scheme until the person chooses one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/credentials');
  const dark = await background(page);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).not.toBe(dark);
});

test('a theme chosen in the account menu applies at once and is in the first paint of the next page, so it never flashes', async ({ page, request }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/credentials');
  const light = await background(page);

  const menu = await openAccountMenu(page);
  await menu.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await background(page);
  expect(dark).not.toBe(light);

  // The server renders the choice into the HTML itself: no script has to run before the first paint.
  const cookies = await page.context().cookies();
  const html = await (await request.get('/credentials', { headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') } })).text();
  expect(html).toMatch(/<html[^>]*data-theme="dark"/);
  await page.goto('/sources');
  expect(await background(page)).toBe(dark);

  await (await openAccountMenu(page)).getByRole('radio', { name: 'System' }).check();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  expect(await background(page)).toBe(light);
});

test('the header marks the section you are in', async ({ page }) => {
  await page.goto('/settings/api-keys');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
  const tabs = page.getByRole('navigation', { name: 'Settings' });
  await expect(tabs.getByRole('link', { name: 'API keys' })).toHaveAttribute('aria-current', 'page');
  await tabs.getByRole('link', { name: 'Health checks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Health checks for / })).toBeVisible();
  await expect(tabs.getByRole('link', { name: 'Health checks' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Credentials' }).click();
  await expect(nav.getByRole('link', { name: 'Credentials' })).toHaveAttribute('aria-current', 'page');
});
