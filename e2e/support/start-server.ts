// Playwright's webServer: the Planhat test double plus the production build of the app pointed at it.
// Everything the app prints is also written to a log file so tests can sweep it for leaked tokens.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { startPlanhatDouble } from '@/lib/testing/planhat-double/server';
import { e2eDataDir, oidcProviderOrigin, planhatDoublePort, serverLogFile } from './paths';

fs.rmSync(e2eDataDir, { recursive: true, force: true });
fs.mkdirSync(e2eDataDir, { recursive: true });
const logStream = fs.createWriteStream(serverLogFile);

const double = await startPlanhatDouble({ port: planhatDoublePort });
console.log(`Planhat test double on ${double.url}`);

if (!fs.existsSync(path.join(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) throw new Error('No production build: run `npm run build` first (npm test does).');

// As `npm start` runs it: server.js in front of Next decides which forwarding headers to believe.
const app = spawn(process.execPath, ['server.js', '--port', process.env.PORT ?? '3100', '--hostname', '127.0.0.1'], {
  env: {
    ...process.env,
    DATA_DIR: path.join(e2eDataDir, 'data'),
    PLANHAT_API_URL_TEMPLATE: double.urlTemplate,
    // Webhook receivers run by the tests listen on 127.0.0.1 over http://.
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
    // The single sign-on specs' OpenID provider listens on 127.0.0.1 over http://.
    SSO_INTERNAL_ISSUERS: oidcProviderOrigin,
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
// The log file gets every line; the test report only warnings, errors and what is not a log line
// (one line per request would bury the results).
const QUIET_LEVELS = new Set(['trace', 'debug', 'info']);
const worthShowing = (line: string) => {
  try {
    return !QUIET_LEVELS.has((JSON.parse(line) as { level?: string }).level ?? '');
  } catch {
    return true;
  }
};
for (const stream of [app.stdout, app.stderr]) {
  stream.on('data', (chunk: Buffer) => logStream.write(chunk));
  readline.createInterface({ input: stream }).on('line', (line) => {
    if (worthShowing(line)) process.stdout.write(`${line}\n`);
  });
}

const stop = () => {
  app.kill('SIGTERM');
  void double.close();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
app.on('exit', (code, signal) => {
  // Say why the server stopped (a test run that loses it midway otherwise shows only refused
  // connections), and let the log reach the disk before exiting.
  const line = `[e2e] app server exited (${signal ?? `code ${code}`})\n`;
  process.stdout.write(line);
  logStream.end(line, () => {
    void double.close();
    process.exit(code ?? 0);
  });
});
