import { expect, test } from './support/test';

test('the home page introduces the product with a strict content security policy', async ({ page }) => {
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
  const response = await page.goto('/');

  await expect(page.getByRole('heading', { level: 1, name: 'Connect Planhat to your data pipelines' })).toBeVisible();
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  const scriptSrc = csp.split(';').find((directive) => directive.trim().startsWith('script-src'));
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(cspViolations).toEqual([]);
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  expect(response?.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
});

test('the health endpoint reports the database as reachable', async ({ request }) => {
  const response = await request.get('/api/health');

  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
});
