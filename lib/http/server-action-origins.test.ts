import { afterEach, describe, expect, it, vi } from 'vitest';
import { serverActionOrigins } from './server-action-origins.js';

const original = process.env.BETTER_AUTH_URL;
afterEach(() => {
  if (original === undefined) delete process.env.BETTER_AUTH_URL;
  else process.env.BETTER_AUTH_URL = original;
  vi.resetModules();
});

describe('the origins Server Actions accept', () => {
  it('are pinned to the public URL when BETTER_AUTH_URL is set', async () => {
    process.env.BETTER_AUTH_URL = 'https://credentials.example.com';
    const { default: config } = await import('@/next.config.js');
    expect(config.experimental?.serverActions?.allowedOrigins).toEqual(['credentials.example.com']);
  });

  it('keep a non-default port, and are none without a public URL', () => {
    expect(serverActionOrigins('https://credentials.example.com:8443/')).toEqual(['credentials.example.com:8443']);
    expect(serverActionOrigins(undefined)).toEqual([]);
    expect(serverActionOrigins('  ')).toEqual([]);
  });
});
