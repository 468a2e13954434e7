import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAddressFrom, readProxyTrust, rewriteForwardingHeaders, type ProxyTrust } from './forwarded-headers.js';

const trustFrom = (env: Record<string, string | undefined>) => {
  const result = readProxyTrust(env);
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.trust;
};

// A real HTTP server doing what server.js does, answering with the headers Next would then see.
let trust: ProxyTrust = trustFrom({});
let server: http.Server;
let port: number;
beforeAll(async () => {
  server = http.createServer((request, response) => {
    rewriteForwardingHeaders(request.headers, request.socket.remoteAddress, trust);
    response.end(JSON.stringify(request.headers));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

function headersSeen(headers: Record<string, string>): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/', headers }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve(JSON.parse(body)));
    });
    request.on('error', reject);
  });
}

const spoofed = {
  'x-forwarded-for': '203.0.113.9',
  'x-real-ip': '203.0.113.10',
  'x-forwarded-host': 'evil.example',
  'x-forwarded-proto': 'https',
  forwarded: 'for=203.0.113.11;host=evil.example',
};

describe('the front door, with no proxy configured', () => {
  it('ignores made-up forwarding headers and gives the socket address as the client', async () => {
    trust = trustFrom({});
    const seen = await headersSeen(spoofed);
    expect(seen['x-forwarded-for']).toBe('127.0.0.1');
    for (const name of ['x-real-ip', 'x-forwarded-host', 'x-forwarded-proto', 'forwarded']) expect(seen[name], name).toBeUndefined();
  });

  it('does the same when TRUST_PROXY_HEADERS is false, or the peer is not a listed proxy', async () => {
    for (const env of [{ TRUST_PROXY_HEADERS: 'false' }, { TRUSTED_PROXIES: '10.0.0.0/8' }]) {
      trust = trustFrom(env);
      expect((await headersSeen(spoofed))['x-forwarded-for']).toBe('127.0.0.1');
    }
  });
});

describe('the front door behind a configured proxy', () => {
  it('believes a listed proxy, taking the nearest address that is not a proxy itself', async () => {
    trust = trustFrom({ TRUSTED_PROXIES: '127.0.0.1, 10.0.1.0/24' });
    const seen = await headersSeen({ ...spoofed, 'x-forwarded-for': '198.51.100.1, 203.0.113.9, 10.0.1.7' });
    expect(seen['x-forwarded-for']).toBe('203.0.113.9');
    expect(seen['x-forwarded-host']).toBe('evil.example');
    expect(seen['x-real-ip']).toBeUndefined();
  });

  it('with TRUST_PROXY_HEADERS=true takes the address the proxy saw, not what the client wrote before it', async () => {
    trust = trustFrom({ TRUST_PROXY_HEADERS: 'true' });
    expect((await headersSeen({ 'x-forwarded-for': '198.51.100.1, 203.0.113.9' }))['x-forwarded-for']).toBe('203.0.113.9');
    expect((await headersSeen({}))['x-forwarded-for']).toBe('127.0.0.1');
  });

  it('reads ports and IPv4-mapped addresses as the address, and stops at a malformed hop', () => {
    const proxy = trustFrom({ TRUSTED_PROXIES: '10.0.0.1' });
    expect(clientAddressFrom(proxy, '::ffff:10.0.0.1', '203.0.113.9:51234')).toEqual({ trusted: true, address: '203.0.113.9' });
    expect(clientAddressFrom(proxy, '10.0.0.1', '[2001:db8::1]:443')).toEqual({ trusted: true, address: '2001:db8::1' });
    expect(clientAddressFrom(proxy, '10.0.0.1', '203.0.113.9, not-an-address')).toEqual({ trusted: true, address: '10.0.0.1' });
  });
});

describe('proxy configuration', () => {
  it('names each wrong value', () => {
    const result = readProxyTrust({ TRUST_PROXY_HEADERS: 'yes', TRUSTED_PROXIES: '10.0.0.1, 10.0.0.0/33, proxy.internal, 10.0.0.0/8/1' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.stringContaining('TRUST_PROXY_HEADERS must be true or false'),
      expect.stringContaining('"10.0.0.0/33"'),
      expect.stringContaining('"proxy.internal"'),
      expect.stringContaining('"10.0.0.0/8/1"'),
    ]);
  });
});
