import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { freePort, startSmtpInbox, type SmtpInbox } from '../lib/testing/smtp-inbox';
import { addCredential } from './support/credentials';
import { signUpFirstOwner, startIsolatedApp, type IsolatedApp } from './support/isolated-app';
import { notificationsButton, openNotifications } from './support/notifications';
import { expect, test } from './support/test';
import { startWebhookReceiver, type WebhookReceiver } from '@/lib/testing/webhook-receiver';

// Its own app server (fresh embedded database) with a 10-second health-check cycle, so a revoked
// token is noticed within one short cycle without disturbing the rest of the suite.
const port = Number(process.env.E2E_PORT ?? 3100) + 60;
const owner = { name: 'Hana Health', email: 'hana@example.com', password: 'correct horse battery staple', workspace: 'Health Watch' };

test.describe('scheduled health checks', () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  let app: IsolatedApp;
  let receiver: WebhookReceiver;
  let inbox: SmtpInbox;

  test.beforeAll(async () => {
    receiver = await startWebhookReceiver();
    inbox = await startSmtpInbox({ port: await freePort(), user: 'mailer', password: 'smtp-password-canary' });
    app = await startIsolatedApp('health', port, {
      HEALTH_CHECK_EVERY: '10s',
      WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
      SMTP_URL: `smtp://mailer:smtp-password-canary@127.0.0.1:${inbox.port}`,
      EMAIL_FROM: 'Credential Manager <alerts@example.com>',
    });
  });
  test.afterAll(async () => {
    await app?.stop();
    await receiver?.close();
    await inbox?.close();
  });

  test('a token revoked at Planhat turns its credential Invalid within a cycle: the bell, an email and a signed webhook say so', async ({ page }) => {
    test.setTimeout(120_000);
    await signUpFirstOwner(page, app.url, owner);

    // A webhook for invalid credentials.
    await page.goto(`${app.url}/settings/webhooks`);
    const form = page.getByRole('region', { name: 'Add an endpoint' });
    await form.getByLabel('Endpoint URL').fill(`${receiver.url}/health`);
    await form.getByRole('checkbox', { name: /^credential\.invalid/ }).check();
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    const secret = await form.getByRole('textbox', { name: 'Signing secret' }).inputValue();
    expect(secret).toMatch(/^whsec_/);

    const token = `phtest_${randomBytes(16).toString('hex')}`;
    app.double.addToken({ token });
    await page.goto(`${app.url}/sources/new/planhat`);
    await addCredential(page, { name: 'Watched token', token });
    await page.goto(`${app.url}/credentials`);
    await page.getByRole('link', { name: 'Watched token' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Watched token' })).toBeVisible();
    const health = page.getByRole('region', { name: 'Health' });
    await expect(health).toContainText('Every 10 seconds');

    app.double.revoke(token);
    await expect(async () => {
      await page.reload();
      await expect(page.locator('h1 + span, [class*="titleRow"]').getByText('Invalid', { exact: true })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 45_000 });
    await expect(health.getByRole('table')).toContainText('Invalid');
    await expect(health).toContainText('Verified → Invalid');

    // The bell, for the owner (who created it). The alert fans out in a background job after the
    // status change, so it shows on a page load that follows it.
    await expect(async () => {
      await page.reload();
      await expect(notificationsButton(page)).toHaveAccessibleName(/1 unread/, { timeout: 2000 });
    }).toPass({ timeout: 30_000 });
    const menu = await openNotifications(page);
    await expect(menu).toContainText('Watched token');
    await expect(menu).toContainText(/invalid/i);

    // An email, through a real SMTP server.
    const mail = await inbox.waitFor((message) => message.to.includes(owner.email), 30_000);
    expect(mail.subject).toContain('Watched token');
    expect(mail.text).toContain(`${app.url}/credentials/`);
    expect(mail.raw).not.toContain(token);

    const [delivery] = await receiver.waitFor(1, 30_000);
    const event = new Webhook(secret).verify(delivery!.body, delivery!.headers) as { type: string; data: Record<string, unknown> };
    expect(event.type).toBe('credential.invalid');
    expect(event.data).toMatchObject({ credential: { name: 'Watched token' } });
    expect(delivery!.body).not.toContain(token);
    expect(app.output()).not.toContain(token);
    expect(app.output()).not.toContain('smtp-password-canary');
  });
});
