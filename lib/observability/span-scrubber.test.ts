import { describe, expect, it } from 'vitest';
import { scrubAttributes, scrubSpanName } from './span-scrubber';

const routeOf = (pathname: string) => (/^\/credentials\/[^/]+$/.test(pathname) ? '/credentials/[id]' : pathname === '/reset-password' ? '/reset-password' : '(unmatched)');

describe('scrubbing spans before they are exported', () => {
  it('drops query strings and names paths by their route', () => {
    expect(scrubAttributes({ 'http.target': '/reset-password?token=canary-reset', 'url.full': 'https://app.example.com/credentials/c_123?x=1', 'http.method': 'GET' }, routeOf)).toEqual({
      'http.target': '/reset-password',
      'url.full': 'https://app.example.com/credentials/[id]',
      'http.method': 'GET',
    });
    expect(scrubSpanName('GET /reset-password?token=canary-reset', routeOf)).toBe('GET /reset-password');
    expect(scrubSpanName('GET /credentials/c_123', routeOf)).toBe('GET /credentials/[id]');
    expect(scrubSpanName('prisma:client:operation', routeOf)).toBe('prisma:client:operation');
  });

  it('redacts attributes named like secrets, bearer values, API keys and passwords in URLs', () => {
    const scrubbed = scrubAttributes({
      'http.request.header.authorization': 'Bearer canary',
      'app.api_key': 'phcm_x',
      'db.connection_string': 'postgres://app:canary-password@db:5432/app',
      note: `sent Bearer canary-bearer with phcm_${'a'.repeat(64)}`,
      'planhat.model': 'companies',
      'planhat.attempt': 1,
    }, routeOf);
    expect(JSON.stringify(scrubbed)).not.toMatch(/canary|phcm_a/);
    expect(scrubbed['planhat.model']).toBe('companies');
    expect(scrubbed['planhat.attempt']).toBe(1);
  });
});
