// What is inside the browser chunks of the benchmark build: each Turbopack chunk is a list of
// module factories; this splits a chunk into its modules and names them where it can (client
// reference manifests for app components, tell-tale strings for libraries).
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

export type ModuleInfo = { id: number; rawBytes: number; gzipBytes: number; what: string };

const LIBRARY_MARKERS: [RegExp, string][] = [
  [/\$ZodType/, 'zod (the whole `z` namespace)'],
  [/not a Zod schema[\s\S]*criteriaMode|criteriaMode[\s\S]*not a Zod schema/, 'react-hook-form + @hookform/resolvers/zod'],
  [/criteriaMode/, 'react-hook-form'],
  [/__reactContainer/, 'react-dom'],
  [/next-router-state-tree/, 'next router (app-router runtime)'],
  [/react\.transitional\.element/, 'react'],
];

/** Module id -> source path, from every client reference manifest of the build. */
export function clientModulePaths(distDir: string): Map<number, string> {
  const paths = new Map<number, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('_client-reference-manifest.js')) {
        const sandbox: Record<string, unknown> = {};
        sandbox.globalThis = sandbox;
        try {
          vm.runInNewContext(fs.readFileSync(full, 'utf8'), sandbox, { timeout: 1_000 });
        } catch {
          continue;
        }
        const manifests = (sandbox.__RSC_MANIFEST ?? {}) as Record<string, { clientModules?: Record<string, { id: number | string }> }>;
        for (const manifest of Object.values(manifests)) {
          for (const [key, value] of Object.entries(manifest.clientModules ?? {})) {
            const name = key.replace(/^\[project\]\//, '').replace(/ <module evaluation>$/, '').replace(/^node_modules\/next\/dist\//, 'next/dist/');
            paths.set(Number(value.id), name);
          }
        }
      }
    }
  };
  const serverApp = path.join(distDir, 'server/app');
  if (fs.existsSync(serverApp)) walk(serverApp);
  return paths;
}

function describe(id: number, source: string, paths: Map<number, string>): string {
  const known = paths.get(id);
  if (known) return known;
  if (/^\(?\w+\)?=>\{\w+\.v\(\{/.test(source)) return 'CSS module class names';
  for (const [pattern, name] of LIBRARY_MARKERS) if (pattern.test(source)) return name;
  const literal = /"([A-Z][^"]{6,40})"/.exec(source);
  return literal ? `(unnamed; contains "${literal[1]}")` : '(unnamed)';
}

/** The modules of one chunk file, biggest first; a chunk that is not a module list counts as one. */
export function chunkModules(file: string, paths: Map<number, string>): ModuleInfo[] {
  const source = fs.readFileSync(file, 'utf8');
  const whole = (what: string): ModuleInfo[] => [{ id: -1, rawBytes: Buffer.byteLength(source), gzipBytes: gzipSync(source, { level: 9 }).length, what }];
  if (!source.startsWith('(globalThis.TURBOPACK')) {
    return whole(path.basename(file).startsWith('turbopack-') ? 'Turbopack runtime' : describe(-1, source, paths));
  }
  // Evaluating the chunk only pushes [script, id, factory, id, factory, ...]; no factory runs.
  const sandbox: Record<string, unknown> = { TURBOPACK: [] as unknown[] };
  sandbox.globalThis = sandbox;
  try {
    vm.runInNewContext(source, sandbox, { timeout: 1_000 });
  } catch {
    return whole('(could not be split)');
  }
  // Each factory follows the id(s) it is registered under.
  const modules: ModuleInfo[] = [];
  for (const pushed of sandbox.TURBOPACK as unknown[][]) {
    let ids: number[] = [];
    for (const item of pushed.slice(1)) {
      if (typeof item === 'number') ids.push(item);
      else if (typeof item === 'function') {
        const text = String(item);
        const id = ids.find((candidate) => paths.has(candidate)) ?? ids[0] ?? -1;
        modules.push({ id, rawBytes: Buffer.byteLength(text), gzipBytes: gzipSync(text, { level: 9 }).length, what: describe(id, text, paths) });
        ids = [];
      }
    }
  }
  return modules.sort((a, b) => b.gzipBytes - a.gzipBytes);
}
