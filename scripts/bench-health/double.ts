// The Planhat test double for scripts/bench-health.ts, in a process of its own (its CPU is not the
// benchmark's), knowing every seeded token; read through its control API.
import fs from 'node:fs';
import path from 'node:path';
import type { RequestLogEntry } from '@/lib/testing/planhat-double/server';
import { freePort, sleep, spawnGroup, tail, type Group } from '../bench-ui/processes';

export type DoubleProcess = {
  url: string;
  urlTemplate: string;
  server: Group;
  clearRequests(): Promise<void>;
  requests(): Promise<RequestLogEntry[]>;
};

export async function startDoubleProcess(options: { root: string; workDir: string; tokens: { token: string; label: string }[]; latencyMs: number }): Promise<DoubleProcess> {
  const config = path.join(options.workDir, 'planhat-double.json');
  const scenarios = options.tokens.map(({ token, label }) => ({ token, label, readable: 'all' }));
  fs.writeFileSync(config, JSON.stringify({ includeDefaults: true, tokens: scenarios }), { mode: 0o600 });
  const port = await freePort();
  const logFile = path.join(options.workDir, 'double.log');
  const log = fs.openSync(logFile, 'w');
  const server = spawnGroup('the Planhat double', path.join(options.root, 'node_modules/.bin/tsx'), [path.join(options.root, 'e2e/planhat-double/server.ts')], {
    cwd: options.root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PLANHAT_DOUBLE_CONFIG: config, PLANHAT_DOUBLE_LATENCY_MS: String(options.latencyMs) },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  const control = (route: string, init?: RequestInit) => fetch(`${url}/__control${route}`, { ...init, signal: AbortSignal.timeout(60_000) });
  for (const deadline = Date.now() + 60_000; ; await sleep(250)) {
    if (Date.now() > deadline) throw new Error(`The Planhat double did not start within 60 s:\n${tail(logFile)}`);
    const ok = await control('/health').then((response) => response.ok, () => false);
    if (ok) break;
  }
  const latency = (await (await control('/latency')).json()) as { latencyMs: number };
  if (latency.latencyMs !== options.latencyMs) throw new Error(`The double answers with ${latency.latencyMs} ms latency, not ${options.latencyMs}`);
  return {
    url,
    urlTemplate: `${url}/{cluster}`,
    server,
    async clearRequests() {
      const response = await control('/requests', { method: 'DELETE' });
      if (response.status !== 204) throw new Error(`DELETE /__control/requests answered ${response.status}`);
    },
    async requests() {
      const response = await control('/requests');
      if (!response.ok) throw new Error(`GET /__control/requests answered ${response.status}`);
      return (await response.json()) as RequestLogEntry[];
    },
  };
}
