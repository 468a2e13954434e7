import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRoutePatterns } from './route-patterns.js';

describe('route patterns for log lines and metrics', () => {
  it('names a request by its route, so ids never become labels', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'routes-'));
    fs.writeFileSync(
      path.join(dir, 'routes-manifest.json'),
      JSON.stringify({
        staticRoutes: [{ page: '/credentials', regex: '^/credentials(?:/)?$' }],
        dynamicRoutes: [{ page: '/api/v1/credentials/[id]', regex: '^/api/v1/credentials/([^/]+?)(?:/)?$' }],
      }),
    );
    const routeOf = loadRoutePatterns(dir);
    expect(routeOf('/credentials')).toBe('/credentials');
    expect(routeOf('/credentials/')).toBe('/credentials');
    expect(routeOf('/api/v1/credentials/c_123')).toBe('/api/v1/credentials/[id]');
    expect(routeOf('/_next/static/chunks/a1b2.js')).toBe('/_next/static');
    expect(routeOf('/wp-admin/setup.php')).toBe('(unmatched)');
    fs.rmSync(dir, { recursive: true });
  });
});
