import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONNECTOR_IDS, getConnectorSpec } from './registry';
import { getServerConnector } from './server-registry';

const here = path.dirname(new URL(import.meta.url).pathname);

/** Files reachable from `entry` through relative imports. */
function importGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = fs.readFileSync(entry, 'utf8');
  for (const [, specifier] of source.matchAll(/^\s*(?:import|export)\s[^'"]*['"]([^'"]+)['"]/gm)) {
    if (specifier?.startsWith('.')) importGraph(path.resolve(path.dirname(entry), `${specifier}.ts`), seen);
    if (specifier?.startsWith('@/')) seen.add(specifier);
  }
  return seen;
}

describe('the connector registry', () => {
  it('lists Planhat as the only connector, with a server-side check', () => {
    expect(CONNECTOR_IDS).toEqual(['planhat']);
    expect(getConnectorSpec('planhat').displayName).toBe('Planhat');
    expect(typeof getServerConnector('planhat').check).toBe('function');
  });

  it('keeps the client-safe half free of server-only code', () => {
    const files = [...importGraph(path.join(here, 'registry.ts'))];
    expect(files).toContain(path.join(here, 'planhat', 'spec.ts'));
    for (const file of files) {
      expect(file.startsWith('@/'), `${file} is an alias import`).toBe(false);
      expect(fs.readFileSync(file, 'utf8'), file).not.toMatch(/['"]server-only['"]|node:/);
    }
  });

  it('marks every other connector module server-only', () => {
    const clientSafe = importGraph(path.join(here, 'registry.ts'));
    const modules = fs
      .readdirSync(here, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('test-support.ts'))
      .map((file) => path.join(here, file))
      .filter((file) => !clientSafe.has(file));
    expect(modules.length).toBeGreaterThan(5);
    for (const file of modules) expect(fs.readFileSync(file, 'utf8').startsWith("import 'server-only';"), file).toBe(true);
  });
});
