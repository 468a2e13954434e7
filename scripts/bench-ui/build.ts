// The production build for scripts/bench-ui.ts, in its own dist folder. `next build` rewrites
// tsconfig.json and next-env.d.ts to point at that folder; both are put back afterwards.
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { onCleanup, spawnGroup, tail } from './processes';

const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null);

export async function buildApp({ root, distDir, logFile }: { root: string; distDir: string; logFile: string }): Promise<void> {
  const tsconfigFile = path.join(root, 'tsconfig.json');
  const nextEnvFile = path.join(root, 'next-env.d.ts');
  const before = { tsconfig: read(tsconfigFile), nextEnv: read(nextEnvFile) };
  const restore = () => {
    restoreTsconfig(tsconfigFile, distDir, before.tsconfig);
    restoreNextEnv(nextEnvFile, distDir);
  };
  const unregister = onCleanup('restore tsconfig.json and next-env.d.ts', restore);
  fs.rmSync(path.join(root, distDir), { recursive: true, force: true });
  const log = fs.openSync(logFile, 'w');
  try {
    const build = spawnGroup('next build', path.join(root, 'node_modules/.bin/next'), ['build'], {
      cwd: root,
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', log, log],
    });
    const code = await build.exited;
    if (code !== 0) throw new Error(`next build failed (exit ${code}); the end of its output:\n${tail(logFile, 30)}`);
  } finally {
    fs.closeSync(log);
    restore();
    unregister();
  }
}

function restoreTsconfig(file: string, distDir: string, before: string | null): void {
  const now = read(file);
  if (now === null || now === before || !now.includes(`"${distDir}/`)) return;
  try {
    const current = JSON.parse(now) as { include?: unknown };
    if (Array.isArray(current.include)) current.include = current.include.filter((entry) => !(typeof entry === 'string' && entry.startsWith(`${distDir}/`)));
    if (before !== null && isDeepStrictEqual(current, JSON.parse(before))) {
      fs.writeFileSync(file, before);
      return;
    }
  } catch {
    // Not plain JSON (comments): fall through to the textual edit.
  }
  // Someone else changed the file meanwhile: take out only the entries Next added.
  const escaped = distDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  fs.writeFileSync(file, now.replace(new RegExp(`,\\s*"${escaped}/[^"]*"`, 'g'), ''));
  console.warn(`bench:ui: tsconfig.json was also changed by something else during the build (another build?); removed only the "${distDir}/..." entries.`);
}

function restoreNextEnv(file: string, distDir: string): void {
  const now = read(file);
  if (now !== null && now.includes(`./${distDir}/`)) fs.writeFileSync(file, now.replaceAll(`./${distDir}/`, './.next/'));
}
