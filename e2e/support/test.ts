import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

/** Resolves once React has hydrated the current page (see components/layout/hydration-marker.tsx). */
export const hydrated = (page: Page) => page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

/**
 * Makes goto and reload wait for hydration: a click that lands before React is listening would
 * otherwise be lost on a slow machine. Use it on pages a test opens itself.
 */
export function waitForHydrationOnNavigation(page: Page): Page {
  const goto = page.goto.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    await hydrated(page);
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (...args) => {
    const response = await reload(...args);
    await hydrated(page);
    return response;
  };
  return page;
}

/** Playwright's test, with the default page waiting for hydration after every navigation. */
export const test = base.extend({
  page: async ({ page }, provide) => {
    await provide(waitForHydrationOnNavigation(page));
  },
});
