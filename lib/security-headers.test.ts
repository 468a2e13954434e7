import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';

const original = process.env.BETTER_AUTH_URL;
const setPublicUrl = (url: string | undefined) => {
  // Assigning undefined to process.env would store the text "undefined".
  if (url === undefined) delete process.env.BETTER_AUTH_URL;
  else process.env.BETTER_AUTH_URL = url;
};
afterEach(() => setPublicUrl(original));

const pageHeaders = (url: string) => proxy(new NextRequest(url)).headers;

describe('Strict-Transport-Security', () => {
  it('is sent on every page once the public URL is https', () => {
    setPublicUrl('https://credentials.example.com');
    for (const path of ['/', '/sign-in', '/credentials/123']) {
      expect(pageHeaders(`https://credentials.example.com${path}`).get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    }
  });

  it('is not sent on a local http install', () => {
    for (const url of [undefined, '', 'http://localhost:3000']) {
      setPublicUrl(url);
      expect(pageHeaders('http://localhost:3000/').get('strict-transport-security')).toBeNull();
    }
  });

  it('comes with the other security headers', () => {
    setPublicUrl('https://credentials.example.com');
    const headers = pageHeaders('https://credentials.example.com/');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

describe('a credential request link page', () => {
  it('is never cached, sends no Referer, and keeps the CSP', () => {
    const headers = pageHeaders('http://localhost:3000/credential-request');
    expect(headers.get('cache-control')).toBe('no-store');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  });

  it('applies to the password reset page too, whose token is in the query', () => {
    const headers = pageHeaders('http://localhost:3000/reset-password?token=abc');
    expect(headers.get('cache-control')).toBe('no-store');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('leaves the other pages as they were', () => {
    const headers = pageHeaders('http://localhost:3000/credentials');
    expect(headers.get('cache-control')).toBeNull();
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });
});

describe('the standalone page marker', () => {
  const forwarded = (url: string, headers?: Record<string, string>) => proxy(new NextRequest(url, { headers })).headers.get('x-middleware-request-x-standalone-page');

  it('is set for the request link page and dropped when a client sends its own elsewhere', () => {
    expect(forwarded('http://localhost:3000/credential-request')).toBe('1');
    expect(forwarded('http://localhost:3000/credentials', { 'x-standalone-page': '1' })).toBeNull();
  });
});
