import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('configuration', () => {
  it('reads the database timeouts as durations with units, 10 s and 60 s when unset', () => {
    expect(parseEnv({})).toMatchObject({ DB_STATEMENT_TIMEOUT: 10_000, DB_CONNECT_TIMEOUT: 60_000 });
    expect(parseEnv({ DB_STATEMENT_TIMEOUT: '2500ms', DB_CONNECT_TIMEOUT: '2min' })).toMatchObject({ DB_STATEMENT_TIMEOUT: 2_500, DB_CONNECT_TIMEOUT: 120_000 });
    expect(parseEnv({ DB_STATEMENT_TIMEOUT: '1.5s', DB_CONNECT_TIMEOUT: '' })).toMatchObject({ DB_STATEMENT_TIMEOUT: 1_500, DB_CONNECT_TIMEOUT: 60_000 });
  });

  it('refuses a bare number, which could mean seconds or milliseconds, naming the variable and an example', () => {
    expect(() => parseEnv({ DB_CONNECT_TIMEOUT: '60' })).toThrow(/DB_CONNECT_TIMEOUT must be a duration with its unit \(ms, s or min\), e\.g\. 60s/);
    expect(() => parseEnv({ DB_STATEMENT_TIMEOUT: '0s' })).toThrow(/DB_STATEMENT_TIMEOUT must be a duration/);
  });

  it('keeps webhooks on public https:// addresses unless WEBHOOK_ALLOW_PRIVATE_NETWORKS is true, and refuses any other value', () => {
    expect(parseEnv({}).WEBHOOK_ALLOW_PRIVATE_NETWORKS).toBe(false);
    expect(parseEnv({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' }).WEBHOOK_ALLOW_PRIVATE_NETWORKS).toBe(true);
    expect(parseEnv({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'false' }).WEBHOOK_ALLOW_PRIVATE_NETWORKS).toBe(false);
    expect(() => parseEnv({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'yes' })).toThrow(/WEBHOOK_ALLOW_PRIVATE_NETWORKS must be true or false/);
  });
});
