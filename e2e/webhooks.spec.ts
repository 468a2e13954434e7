import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { expect, test } from './support/test';
import { startWebhookReceiver, type WebhookReceiver } from '@/lib/testing/webhook-receiver';

let receiver: WebhookReceiver;
test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
test.afterAll(async () => {
  await receiver?.close();
});

test('an owner adds a webhook, sees its secret once, and a test event arrives signed and shows 200 in the log', async ({ page }) => {
  const url = `${receiver.url}/hooks/${randomUUID()}`;
  await page.goto('/settings/webhooks');
  const form = page.getByRole('region', { name: 'Add an endpoint' });

  // Refused in the browser first, with the error on its field.
  await form.getByLabel('Endpoint URL').fill('hooks.example.com');
  await form.getByRole('button', { name: 'Add endpoint' }).click();
  await expect(form.getByLabel('Endpoint URL')).toHaveAccessibleDescription(/starting with https:\/\//);
  await expect(form.getByLabel('Endpoint URL')).toBeFocused();

  await form.getByLabel('Endpoint URL').fill(url);
  await form.getByRole('checkbox', { name: /^test / }).check();
  await form.getByLabel('Description').fill('End-to-end receiver');
  await form.getByRole('button', { name: 'Add endpoint' }).click();
  const secretField = form.getByRole('textbox', { name: 'Signing secret' });
  await expect(secretField).toHaveValue(/^whsec_/);
  const secret = await secretField.inputValue();
  await expect(form.getByText(/you won’t see it again/)).toBeVisible();

  // Once only: not after a reload, not anywhere in the page.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Signing secret' })).toHaveCount(0);
  expect(await page.content()).not.toContain(secret.slice('whsec_'.length));

  const card = page.getByRole('listitem').filter({ has: page.getByText(url, { exact: true }) });
  await expect(card.getByText('On', { exact: true })).toBeVisible();
  await card.getByRole('button', { name: 'Send test event' }).click();
  await expect(card.getByText(/Test event queued/)).toBeVisible();

  const [request] = await receiver.waitFor(1, 30_000);
  expect(request!.headers['webhook-id']).toBeTruthy();
  expect(new Webhook(secret).verify(request!.body, request!.headers)).toMatchObject({ type: 'test', data: { endpoint: { id: expect.any(String) } } });

  const log = card.getByRole('table', { name: 'Delivery log' });
  await expect(async () => {
    await card.getByRole('button', { name: 'Refresh' }).click();
    await expect(log.getByRole('row').nth(1)).toContainText('200', { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(log.getByRole('row').nth(1)).toContainText('test');
  await expect(log.getByRole('row').nth(1)).toContainText(/\d+ ms/);

  await card.getByRole('button', { name: `Delete ${url}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this endpoint?' });
  await dialog.getByRole('button', { name: 'Delete endpoint' }).click();
  await expect(page.getByText(url, { exact: true })).toHaveCount(0);
});
