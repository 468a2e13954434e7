// A second app server of its own for specs that need other settings (a short health-check cycle,
// SMTP, webhooks): fresh embedded database, its own Planhat double, started as `npm start` does.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { startPlanhatDouble, type PlanhatDouble } from '../planhat-double/server';
import { e2eDataDir } from './paths';

export interface IsolatedApp {
  url: string;
  double: PlanhatDouble;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

export async function startIsolatedApp(name: string, port: number, env: Record<string, string>): Promise<IsolatedApp> {
  const dataDir = path.join(e2eDataDir, `${name}-data`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const double = await startPlanhatDouble({ port: 0, tokens: [] });
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, DATA_DIR: dataDir, PLANHAT_API_URL_TEMPLATE: double.urlTemplate, BETTER_AUTH_URL: url };
  // Its own embedded database and keys: nothing is shared with the suite's app.
  for (const variable of ['DATABASE_URL', 'CREDENTIAL_KEYS', 'BETTER_AUTH_SECRET']) delete childEnv[variable];
  const app: ChildProcess = spawn(process.execPath, ['server.js', '--port', String(port), '--hostname', '127.0.0.1'], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [app.stdout!, app.stderr!]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await expect
    .poll(async () => (await fetch(`${url}/api/health`).catch(() => null))?.status, { timeout: 90_000, message: `the ${name} app did not start:\n${output}` })
    .toBe(200);
  return {
    url,
    double,
    output: () => output,
    async stop() {
      if (app.exitCode === null) {
        const exited = new Promise((resolve) => app.once('exit', resolve));
        app.kill('SIGTERM');
        await exited;
      }
      await double.close();
    },
  };
}
