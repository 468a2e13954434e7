import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './safe-return-path';

describe('where sign-in returns to', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeReturnPath('/settings/members')).toBe('/settings/members');
    expect(safeReturnPath('/credentials?q=prod&status=invalid#top')).toBe('/credentials?q=prod&status=invalid#top');
    expect(safeReturnPath('/invite/abc123')).toBe('/invite/abc123');
  });

  it('sends every way of naming another site to the home page', () => {
    for (const value of [
      '//evil.example/x',
      '/\\evil.example/x',
      '\\\\evil.example',
      '/\t/evil.example/x',
      '/\n/evil.example/x',
      '/\r/evil.example/x',
      '/\\\t\\evil.example',
      'https://evil.example/x',
      'javascript:alert(1)',
      ' /credentials',
      'evil.example',
    ]) {
      expect(safeReturnPath(value), JSON.stringify(value)).toBe('/');
    }
  });

  it('refuses control characters and whitespace anywhere in the path', () => {
    for (const value of ['/credentials\u0000', '/a b', '/credentials\u007f', '/credentials\u2028x', '/x\u00a0y']) {
      expect(safeReturnPath(value), JSON.stringify(value)).toBe('/');
    }
  });

  it('refuses anything that is not text', () => {
    for (const value of [undefined, null, 42, ['/credentials'], { href: '/credentials' }]) expect(safeReturnPath(value)).toBe('/');
  });
});
