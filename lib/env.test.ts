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

  it('keeps connectors off private and loopback hosts unless CONNECTOR_ALLOW_PRIVATE_NETWORKS is true, and refuses any other value', () => {
    expect(parseEnv({}).CONNECTOR_ALLOW_PRIVATE_NETWORKS).toBe(false);
    expect(parseEnv({ CONNECTOR_ALLOW_PRIVATE_NETWORKS: 'true' }).CONNECTOR_ALLOW_PRIVATE_NETWORKS).toBe(true);
    expect(parseEnv({ CONNECTOR_ALLOW_PRIVATE_NETWORKS: 'false' }).CONNECTOR_ALLOW_PRIVATE_NETWORKS).toBe(false);
    expect(parseEnv({ CONNECTOR_ALLOW_PRIVATE_NETWORKS: '' }).CONNECTOR_ALLOW_PRIVATE_NETWORKS).toBe(false);
    expect(() => parseEnv({ CONNECTOR_ALLOW_PRIVATE_NETWORKS: '1' })).toThrow(/CONNECTOR_ALLOW_PRIVATE_NETWORKS must be true or false/);
  });
});

describe('email configuration', () => {
  it('leaves email off with no SMTP_URL, and reads an SMTP URL with its sender', () => {
    expect(parseEnv({}).SMTP_URL).toBeUndefined();
    expect(parseEnv({ SMTP_URL: 'smtps://mailer:p%40ss@mail.example.com:465', EMAIL_FROM: 'Credentials <credentials@example.com>' })).toMatchObject({
      SMTP_URL: 'smtps://mailer:p%40ss@mail.example.com:465',
      EMAIL_FROM: 'Credentials <credentials@example.com>',
    });
  });

  it('refuses a malformed SMTP_URL by name without echoing it, since it holds the password', () => {
    const attempt = () => parseEnv({ SMTP_URL: 'http://mailer:hunter2@mail.example.com', EMAIL_FROM: 'credentials@example.com' });
    expect(attempt).toThrow(/SMTP_URL must be an SMTP server URL such as smtp:\/\//);
    expect(attempt).not.toThrow(/hunter2/);
  });

  it('asks for EMAIL_FROM when SMTP_URL is set, and refuses a sender that is not an address', () => {
    expect(() => parseEnv({ SMTP_URL: 'smtp://mail.example.com:587' })).toThrow(/EMAIL_FROM is required with SMTP_URL/);
    expect(() => parseEnv({ SMTP_URL: 'smtp://mail.example.com:587', EMAIL_FROM: 'nobody' })).toThrow(/EMAIL_FROM must be the sender address/);
  });
});
