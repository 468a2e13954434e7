// A second app server of its own for specs that need other settings (a short health-check cycle,
// SMTP, webhooks): fresh embedded database, its own Planhat double, started as `npm start` does.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { startPlanhatDouble, type PlanhatDouble } from '@/lib/testing/planhat-double/server';
import { e2eDataDir } from './paths';

export interface IsolatedApp {
  url: string;
  double: PlanhatDouble;
  /** Everything the server printed so far. */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code once the server has shut down. */
  terminate(): Promise<number | null>;
  stop(): Promise<void>;
}

export async function startIsolatedApp(name: string, port: number, env: Record<string, string>): Promise<IsolatedApp> {
  const dataDir = path.join(e2eDataDir, `${name}-data`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const double = await startPlanhatDouble({ port: 0, tokens: [] });
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, DATA_DIR: dataDir, PLANHAT_API_URL_TEMPLATE: double.urlTemplate, BETTER_AUTH_URL: url };
  // Its own embedded database and keys, unless given: nothing is shared with the suite's app.
  for (const variable of ['DATABASE_URL', 'CREDENTIAL_KEYS', 'BETTER_AUTH_SECRET']) if (!(variable in env)) delete childEnv[variable];
  const app: ChildProcess = spawn(process.execPath, ['server.js', '--port', String(port), '--hostname', '127.0.0.1'], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [app.stdout!, app.stderr!]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => app.once('exit', (code) => resolve(code)));
  const terminate = () => {
    if (app.exitCode === null) app.kill('SIGTERM');
    return exited;
  };
  await expect
    .poll(async () => (await fetch(`${url}/api/health`).catch(() => null))?.status, { timeout: 90_000, message: `the ${name} app did not start:\n${output}` })
    .toBe(200);
  return {
    url,
    double,
    output: () => output,
    terminate,
    async stop() {
      await terminate();
      await double.close();
    },
  };
}

/** Creates the isolated app's first account and workspace through /setup, signed in on `page`. */
export async function signUpFirstOwner(page: Page, baseUrl: string, owner: { name: string; email: string; password: string; workspace: string }) {
  await page.goto(`${baseUrl}/setup`);
  await page.getByLabel('Your name').fill(owner.name);
  await page.getByLabel('Work email').fill(owner.email);
  await page.getByLabel('Password').fill(owner.password);
  await page.getByLabel('Workspace name').fill(owner.workspace);
  await page.getByRole('button', { name: 'Create account and workspace' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Connect Planhat to your data pipelines' })).toBeVisible();
}
