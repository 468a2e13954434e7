import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startTcpProxy, type TcpProxy } from '../lib/testing/tcp-proxy';
import { e2eDataDir } from './support/paths';
import { expect, test } from './support/test';

// A second instance of the app reaches the suite's Postgres through a proxy this spec takes down.
// The embedded database lives inside the app's process and cannot fail apart from it: Postgres only.
const databaseUrl = process.env.DATABASE_URL;
const port = Number(process.env.E2E_PORT ?? 3100) + 50;
const appUrl = `http://127.0.0.1:${port}`;

test.describe('when the database stops answering', () => {
  test.skip(!databaseUrl, 'needs Postgres (DATABASE_URL)');
  let proxy: TcpProxy;
  let app: ChildProcess;
  let output = '';

  test.beforeAll(async () => {
    const { hostname, port: databasePort } = new URL(databaseUrl!);
    proxy = await startTcpProxy({ host: hostname, port: Number(databasePort || 5432) });
    // As `npm start` runs it: Next behind server.js.
    app = spawn(process.execPath, ['server.js', '--port', String(port), '--hostname', '127.0.0.1'], {
      env: { ...process.env, DATABASE_URL: proxy.urlFor(databaseUrl!), DATA_DIR: path.join(e2eDataDir, 'outage-data') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [app.stdout!, app.stderr!]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await expect.poll(async () => (await fetch(`${appUrl}/api/health`).catch(() => null))?.status, { timeout: 60_000, message: output }).toBe(200);
  });

  test.afterAll(async () => {
    if (app && app.exitCode === null) {
      const exited = new Promise((resolve) => app.once('exit', resolve));
      app.kill('SIGTERM');
      await exited;
    }
    await proxy?.close();
  });

  test('a page says so and offers to try again, and loads again once the database is back', async ({ page }) => {
    await page.goto(`${appUrl}/credentials`);
    await expect(page.getByRole('heading', { level: 1, name: 'Credentials' })).toBeVisible();

    await proxy.down();
    await page.goto(`${appUrl}/credentials`);

    await expect(page.getByRole('heading', { level: 1, name: 'The database is not answering' })).toBeVisible();
    await expect(page.getByRole('status')).toContainText('try again in a minute');
    expect(output).toMatch(/the database is unavailable \(ECONNREFUSED\)/);
    await proxy.up();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Credentials' })).toBeVisible();
  });

  test('a page whose own data cannot be read once the database goes away says the same, under the app header', async ({ page }) => {
    proxy.cutAfterSending('"Credential"', { andGoDown: true });
    await page.goto(`${appUrl}/credentials`);

    await expect(page.getByRole('heading', { level: 1, name: 'The database is not answering' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await proxy.up();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Credentials' })).toBeVisible();
  });
});
