// Client-safe: the health-check cycles a workspace may choose in its settings.

export const WORKSPACE_CYCLES = ['1h', '6h', '24h', 'off'] as const;
export type WorkspaceCycle = (typeof WORKSPACE_CYCLES)[number];

export const cycleLabels: Record<WorkspaceCycle, string> = { '1h': 'Every hour', '6h': 'Every 6 hours', '24h': 'Every 24 hours', off: 'Off' };

const CYCLE_MS: Record<Exclude<WorkspaceCycle, 'off'>, number> = { '1h': 3_600_000, '6h': 21_600_000, '24h': 86_400_000 };

export function isWorkspaceCycle(value: unknown): value is WorkspaceCycle {
  return typeof value === 'string' && (WORKSPACE_CYCLES as readonly string[]).includes(value);
}

/** A workspace's cycle in milliseconds: its own choice, or the install's default; null when off. */
export function cycleMs(choice: string | null | undefined, defaultMs: number): number | null {
  if (choice === 'off') return null;
  return choice === '1h' || choice === '6h' || choice === '24h' ? CYCLE_MS[choice] : defaultMs;
}

/** "every 6 hours", "every 30 seconds": how the install's default reads in settings. */
export function describeMs(ms: number): string {
  const units: [number, string][] = [[86_400_000, 'day'], [3_600_000, 'hour'], [60_000, 'minute'], [1000, 'second']];
  for (const [size, unit] of units) {
    if (ms % size === 0) {
      const count = ms / size;
      return count === 1 ? `every ${unit}` : `every ${count} ${unit}s`;
    }
  }
  return `every ${ms} ms`;
}
