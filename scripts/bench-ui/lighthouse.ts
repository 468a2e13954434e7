// Lighthouse 12.2.3 (desktop preset) through npx, so the project does not depend on it.
import fs from 'node:fs';
import path from 'node:path';
import { CHROME_FLAGS, CHROMIUM_PATH } from './browser';
import { spawnGroup, tail, withTimeout } from './processes';

export const LIGHTHOUSE = 'lighthouse@12.2.3';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;

export type LighthouseRun = {
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: Record<string, string>;
  /** Weighted audits that did not pass in accessibility and best practices. */
  failing: string[];
  finalUrl: string;
  warnings: string[];
};

type Lhr = {
  finalDisplayedUrl: string;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; displayValue?: string; details?: { items?: unknown[] } }>;
};

export async function runLighthouse({ url, cookie, workDir, run }: { url: string; cookie: string; workDir: string; run: number }): Promise<LighthouseRun> {
  // The cookie goes in a file (mode 600), not on the command line where `ps` shows it.
  const headersFile = path.join(workDir, 'lighthouse-headers.json');
  fs.writeFileSync(headersFile, JSON.stringify({ Cookie: cookie }), { mode: 0o600 });
  const output = path.join(workDir, `lighthouse-${run}.json`);
  const logFile = path.join(workDir, `lighthouse-${run}.log`);
  const log = fs.openSync(logFile, 'w');
  try {
    const lighthouse = spawnGroup(
      'lighthouse',
      'npx',
      [
        '-y',
        LIGHTHOUSE,
        url,
        '--quiet',
        '--preset=desktop',
        `--only-categories=${CATEGORIES.join(',')}`,
        '--output=json',
        `--output-path=${output}`,
        `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
        `--extra-headers=${headersFile}`,
      ],
      { cwd: workDir, env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: ['ignore', log, log] },
      // Lighthouse kills the Chrome it launched on SIGINT; Chrome runs in a process group of its own.
      'SIGINT',
    );
    const code = await withTimeout(lighthouse.exited, 300_000, 'Lighthouse').catch(async (error: unknown) => {
      await lighthouse.stop();
      throw error;
    });
    if (code !== 0 || !fs.existsSync(output)) throw new Error(`Lighthouse failed (exit ${code}):\n${tail(logFile, 20)}`);
  } finally {
    fs.closeSync(log);
  }
  const lhr = JSON.parse(fs.readFileSync(output, 'utf8')) as Lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? NaN) * 100)])) as LighthouseRun['scores'];
  const metrics = Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.displayValue ?? '?']));
  const failing: string[] = [];
  for (const category of ['accessibility', 'best-practices']) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        const items = (audit.details?.items ?? []).slice(0, 3).map((item) => JSON.stringify(item).slice(0, 300));
        failing.push(`${category}: ${audit.title} (${ref.id})${items.length ? ` ${items.join(' ')}` : ''}`);
      }
    }
  }
  return { scores, metrics, failing, finalUrl: lhr.finalDisplayedUrl, warnings: lhr.runWarnings ?? [] };
}
