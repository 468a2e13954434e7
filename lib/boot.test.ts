import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startTcpProxy } from '@/lib/testing/tcp-proxy';
import { createTestDatabase } from '@/lib/testing/test-database';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Starts the app's startup sequence (what instrumentation.ts runs) in its own process, as `npm start`
 * does. A started app keeps running (background jobs): once it says its health checks are on, it is
 * stopped and `ready` is true.
 */
function boot(env: Record<string, string>, onOutput: (output: string) => void = () => {}): Promise<{ exitCode: number | null; output: string; seconds: number; ready: boolean }> {
  const started = Date.now();
  const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
  const secrets = { CREDENTIAL_KEYS: `k1:${randomBytes(32).toString('base64')}`, BETTER_AUTH_SECRET: randomBytes(32).toString('base64') };
  const child = spawn(tsx, ['--conditions=react-server', '-e', "import('./lib/boot').then((m) => m.boot())"], { cwd: repoRoot, env: { ...process.env, LOG_LEVEL: 'info', ...secrets, ...env } });
  let output = '';
  let ready = false;
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      onOutput(output);
      if (!ready && output.includes('health checks:')) {
        ready = true;
        child.kill('SIGTERM');
      }
    });
  }
  const timer = setTimeout(() => child.kill(), 60_000);
  return new Promise((resolve) => {
    child.on('exit', (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, output, seconds: (Date.now() - started) / 1000, ready });
    });
  });
}

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('starting with a malformed logging, metrics or tracing setting', () => {
  it.each([
    ['LOG_LEVEL', 'loud'],
    ['METRICS_TOKEN', 'short'],
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'not a url'],
  ])('stops at once with a message naming %s', async (name, value) => {
    const { exitCode, output, ready } = await boot({ [name]: value });

    expect(ready).toBe(false);
    expect(exitCode).toBe(1);
    expect(output).toMatch(new RegExp(`- ${name} must`));
  });
});

describe('starting while the database is down', () => {
  it('keeps trying for DB_CONNECT_TIMEOUT, one log line per attempt, then exits with the reason', async () => {
    const port = await closedPort();

    const { exitCode, output, seconds } = await boot({ DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/nowhere`, DB_CONNECT_TIMEOUT: '3s' });

    expect(exitCode).toBe(1);
    expect(seconds).toBeGreaterThanOrEqual(3);
    const attempts = output.split('\n').filter((line) => /Postgres at 127\.0\.0\.1:\d+\/nowhere is not reachable yet \(ECONNREFUSED\); attempt \d+ failed/.test(line));
    expect(attempts.length).toBeGreaterThanOrEqual(3);
    expect(output).toContain(`startup failed: connect ECONNREFUSED 127.0.0.1:${port}`);
  });

  it.runIf(Boolean(process.env.DATABASE_URL))('starts once the database comes up, applying the migrations then', async () => {
    const database = await createTestDatabase();
    if (database.target.kind !== 'postgres') throw new Error('expected Postgres');
    const { hostname, port } = new URL(database.target.url);
    const proxy = await startTcpProxy({ host: hostname, port: Number(port || 5432) });
    try {
      await proxy.down();

      const { ready, output } = await boot({ DATABASE_URL: proxy.urlFor(database.target.url), DB_CONNECT_TIMEOUT: '30s' }, (sofar) => {
        if (sofar.includes('attempt 1 failed')) void proxy.up();
      });

      expect(ready, output).toBe(true);
      expect(output).toMatch(/is not reachable yet \(ECONNREFUSED\); attempt 1 failed/);
      expect(output).toMatch(/applied migrations: \d{14}_init/);
    } finally {
      await proxy.close();
      await database.drop();
    }
  });
});
