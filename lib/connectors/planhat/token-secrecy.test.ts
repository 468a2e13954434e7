import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startPlanhatDouble, type PlanhatDouble } from '@/lib/testing/planhat-double/server';
import { checkPlanhatToken } from './check-planhat-token';
import { readRecords } from './read-records';
import { planhatCredentialSchema } from './spec';
import { captureLogs } from '@/lib/testing/capture-logs';
import { closedPortTemplate, uniqueToken } from './test-support';

// Everything printed while these tests run, from any console method or straight to the streams.
const printed: string[] = [];
let double: PlanhatDouble;
// And everything the app's logger wrote (at debug), which goes to the file descriptor, not the streams.
let logs: ReturnType<typeof captureLogs>;

beforeAll(async () => {
  logs = captureLogs();
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
  }
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: never[]) => {
      printed.push(String(chunk));
      return write(chunk as string, ...rest);
    }) as typeof stream.write);
  }
  double = await startPlanhatDouble({ port: 0, tokens: [] });
});
afterAll(async () => {
  vi.restoreAllMocks();
  logs.restore();
  await double.close();
});

describe('keeping the token secret', () => {
  it('never prints the token or returns it in a result, whatever Planhat answers', async () => {
    const tokens = { ok: uniqueToken(), textError: uniqueToken(), serverError: uniqueToken(), throttled: uniqueToken(), unknown: uniqueToken() };
    double.addToken({ token: tokens.ok });
    // This scenario echoes the token in its error body, as a careless server might.
    double.addToken({ token: tokens.textError, behaviour: 'text-error' });
    double.addToken({ token: tokens.serverError, behaviour: 'server-error' });
    double.addToken({ token: tokens.throttled, behaviour: 'rate-limit', retryAfterSeconds: 0 });
    const options = { urlTemplate: double.urlTemplate, maxRetries: 1 };

    const outputs: unknown[] = [
      await checkPlanhatToken({ apiAccessToken: tokens.ok }, options),
      await checkPlanhatToken({ apiAccessToken: tokens.textError }, options),
      await checkPlanhatToken({ apiAccessToken: tokens.serverError }, options),
      await checkPlanhatToken({ apiAccessToken: tokens.throttled }, options),
      await checkPlanhatToken({ apiAccessToken: tokens.unknown }, options),
      await checkPlanhatToken({ apiAccessToken: tokens.ok }, { urlTemplate: await closedPortTemplate() }),
      await readRecords({ token: tokens.textError, cluster: 'api', model: 'companies', limit: 5, offset: 0 }, options),
      await readRecords({ token: tokens.unknown, cluster: 'api', model: 'companies', limit: 5, offset: 0 }, options),
    ];

    const everything = JSON.stringify(outputs) + printed.join('\n') + logs.text() + JSON.stringify(double.requests());
    for (const token of Object.values(tokens)) expect(everything).not.toContain(token);
    // Guard against a vacuous pass: the hostile body really did carry the token.
    const raw = await fetch(`${double.url}/api/companies`, { headers: { Authorization: `Bearer ${tokens.textError}` } });
    expect(await raw.text()).toContain(tokens.textError);
  });

  it('never puts the token in the message of an error it throws', async () => {
    const token = uniqueToken();
    const thrown = await checkPlanhatToken({ apiAccessToken: `${token} ${token}`, region: 'evil.com' as 'api' }, { urlTemplate: double.urlTemplate }).catch(
      (error: unknown) => error,
    );
    expect(thrown).toBeInstanceOf(Error);
    expect(String((thrown as Error).message) + String((thrown as Error).stack)).not.toContain(token);

    const badParams = await readRecords({ token, cluster: 'api', model: 'companies', limit: 0, offset: 0 }, { urlTemplate: double.urlTemplate }).catch(
      (error: unknown) => error,
    );
    expect(badParams).toBeInstanceOf(RangeError);
    expect((badParams as Error).message).not.toContain(token);
  });

  it('never echoes the token in a validation message', () => {
    const token = uniqueToken();
    for (const pasted of [`${token}\u0000`, `${token} x`, `${token}${'x'.repeat(3000)}`, `“${token}”`]) {
      const result = planhatCredentialSchema.safeParse({ apiAccessToken: pasted });
      expect(result.success).toBe(false);
      expect(JSON.stringify(result.error?.issues)).not.toContain(token);
    }
  });
});
