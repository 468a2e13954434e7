// The app under test for scripts/bench-ui.ts: a throwaway Postgres database, the Planhat test double
// and the app server (server.js) on the benchmark build, all on 127.0.0.1.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { adminQuery } from '@/lib/testing/admin-query';
import { startPlanhatDouble, type PlanhatDouble } from '@/lib/testing/planhat-double/server';
import { freePort, onCleanup, sleep, spawnGroup, tail, type Group } from './processes';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);


/** A fresh database on the local Postgres server of `adminUrl`, dropped at clean-up. */
export async function createDatabase(adminUrl: string, prefix = 'bench_ui'): Promise<string> {
  const url = new URL(adminUrl);
  if (!LOCAL_HOSTS.has(url.hostname)) throw new Error(`Refusing to use a non-local Postgres server (${url.hostname}).`);
  url.hostname = '127.0.0.1';
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  onCleanup(`drop database ${name}`, () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  url.pathname = `/${name}`;
  return url.toString();
}

export async function startDouble(): Promise<PlanhatDouble> {
  const double = await startPlanhatDouble({ port: 0, host: '127.0.0.1', latencyMs: 0, tokens: [] });
  onCleanup('stop the Planhat double', () => double.close());
  return double;
}

export type App = { url: string; server: Group; credentialKeys: string; authSecret: string; databaseUrl: string };

export type StartAppOptions = {
  root: string;
  distDir: string;
  databaseUrl: string;
  dataDir: string;
  planhatUrlTemplate: string;
  logFile: string;
  /** Given keys and auth secret (several instances on one database must share them); new random ones otherwise. */
  credentialKeys?: string;
  authSecret?: string;
  /** Extra environment for the server, e.g. HEALTH_CHECK_EVERY. */
  env?: Record<string, string>;
  /** Name in process and clean-up messages. */
  name?: string;
};

/** The app's server (server.js, as `npm start` runs it) on the build in `distDir`, configured like production (Postgres, keys, auth secret). */
export async function startApp(options: StartAppOptions): Promise<App> {
  const port = await freePort();
  const credentialKeys = options.credentialKeys ?? `k1:${randomBytes(32).toString('base64')}`;
  const authSecret = options.authSecret ?? randomBytes(36).toString('base64');
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'CREDENTIAL_KEYS', 'BETTER_AUTH_SECRET', 'BETTER_AUTH_URL', 'PLANHAT_API_URL_TEMPLATE', 'PORT']) delete env[name];
  Object.assign(env, {
    NEXT_DIST_DIR: options.distDir,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    PORT: String(port),
    DATABASE_URL: options.databaseUrl,
    DATA_DIR: options.dataDir,
    CREDENTIAL_KEYS: credentialKeys,
    BETTER_AUTH_SECRET: authSecret,
    PLANHAT_API_URL_TEMPLATE: options.planhatUrlTemplate,
    ...options.env,
  });
  fs.mkdirSync(options.dataDir, { recursive: true });
  const log = fs.openSync(options.logFile, 'w');
  onCleanup('close the server log', () => fs.closeSync(log));
  const server = spawnGroup(options.name ?? 'the app server', process.execPath, [path.join(options.root, 'server.js'), '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: options.root,
    env,
    stdio: ['ignore', log, log],
  });
  const url = `http://127.0.0.1:${port}`;
  let exitCode: number | null | undefined;
  void server.exited.then((code) => {
    exitCode = code;
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`The app server exited (${exitCode}) before it was healthy:\n${tail(options.logFile)}`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return { url, server, credentialKeys, authSecret, databaseUrl: options.databaseUrl };
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`The app did not answer GET /api/health with 200 within 120 s:\n${tail(options.logFile)}`);
}
