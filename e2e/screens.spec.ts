import { test, waitForHydrationOnNavigation } from './support/test';
import { addCredential, fillNewCredential, uniqueName } from './support/credentials';
import { addPlanhatToken, canaryToken } from './support/planhat-double-client';

// Not assertions: renders each screen to e2e/screens/ so people can look at them (run with SCREENS=1).
test.skip(!process.env.SCREENS, 'screenshots only when SCREENS=1');

const viewports = { desktop: { width: 1280, height: 860 }, phone: { width: 360, height: 780 } };

for (const [device, viewport] of Object.entries(viewports)) {
  test(`screens on ${device}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await page.screenshot({ path: `e2e/screens/${device}-home.png`, fullPage: true });
    await page.goto('/sources/new/planhat');
    if ((await page.getByRole('radio').count()) < 3) {
      await addCredential(page, { name: uniqueName('Production'), description: 'Nightly sync of companies, end users and licenses into the warehouse.', token: await addPlanhatToken({ token: canaryToken('s1') }) });
      await addCredential(page, { name: uniqueName('Read-only NPS'), token: await addPlanhatToken({ token: canaryToken('s2'), readable: ['nps', 'companies'] }) });
    }
    await page.goto('/sources/new/planhat');
    await page.getByRole('radio').first().click();
    await page.screenshot({ path: `e2e/screens/${device}-authenticate.png`, fullPage: true });
    const dialog = await fillNewCredential(page, { name: 'Staging', token: canaryToken('s3') });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Planhat did not accept this token').waitFor();
    await page.screenshot({ path: `e2e/screens/${device}-overlay-error.png` });
    await page.goto('/settings/members');
    await page.screenshot({ path: `e2e/screens/${device}-members.png`, fullPage: true });
    await page.goto('/credentials');
    await page.screenshot({ path: `e2e/screens/${device}-credentials.png`, fullPage: true });
    await page.getByRole('link', { name: /^Details of/ }).first().click();
    await page.waitForURL(/credentials\/[0-9a-f-]{36}/);
    await page.getByRole('heading', { name: 'Access report' }).waitFor();
    await page.screenshot({ path: `e2e/screens/${device}-credential-detail.png`, fullPage: true });
  });
}

test('signed-out screens', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = waitForHydrationOnNavigation(await context.newPage());
  await page.goto('/sign-in');
  await page.screenshot({ path: 'e2e/screens/desktop-sign-in.png' });
  await page.setViewportSize(viewports.phone);
  await page.screenshot({ path: 'e2e/screens/phone-sign-in.png' });
  await context.close();
});
