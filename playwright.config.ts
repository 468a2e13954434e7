import { defineConfig, devices } from '@playwright/test';
import { ownerStateFile } from './e2e/support/paths';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// The suite creates and deletes data: refuse to point it at anything but a local database.
if (process.env.DATABASE_URL) {
  const host = new URL(process.env.DATABASE_URL).hostname;
  if (!['localhost', '127.0.0.1', '::1', '[::1]'].includes(host)) {
    throw new Error(`Refusing to run end-to-end tests against a non-local database (${host}). Point DATABASE_URL at a local test database.`);
  }
}

const onlySpecs = (process.env.E2E_ONLY_SPECS ?? '').split(',').map((file) => file.trim()).filter(Boolean);

export default defineConfig({
  testDir: 'e2e',
  // E2E_SKIP_SPECS=a.spec.ts,b.spec.ts leaves those files out; E2E_ONLY_SPECS=a.spec.ts,b.spec.ts runs only
  // those (with the first-run setup they depend on): CI's second pass, on the embedded database.
  testIgnore: (process.env.E2E_SKIP_SPECS ?? '').split(',').filter(Boolean).map((file) => `**/${file.trim()}`),
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    // Creates the install's first account (the workspace owner) and saves its session for the rest.
    { name: 'first-run', testMatch: 'first-run.setup.ts', use: { ...devices['Desktop Chrome'] } },
    {
      name: 'chromium',
      testMatch: onlySpecs.length ? onlySpecs.map((file) => `**/${file}`) : '**/*.spec.ts',
      dependencies: ['first-run'],
      use: { ...devices['Desktop Chrome'], storageState: ownerStateFile },
    },
  ],
  globalSetup: './e2e/support/global-setup.ts',
  webServer: {
    command: `node_modules/.bin/tsx e2e/support/start-server.ts`,
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
  },
});
