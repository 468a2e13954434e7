import 'server-only';
import type { PgBoss } from 'pg-boss';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { log } from '@/lib/log';
import { assignFirstDueTimes, claimDueChecks, queueChecks, releaseClaims } from './schedule';

/** One pass: due times for new credentials, then every check due soon queued (in batches). */
export async function dispatchDueChecks(boss: PgBoss): Promise<number> {
  const db = await getDb();
  const defaultSeconds = getEnv().HEALTH_CHECK_EVERY / 1000;
  while ((await assignFirstDueTimes(db, defaultSeconds)) > 0);
  let queued = 0;
  for (;;) {
    const jobs = await claimDueChecks(db, defaultSeconds);
    try {
      await queueChecks(boss, jobs);
    } catch (error) {
      await releaseClaims(db, jobs);
      throw error;
    }
    queued += jobs.length;
    if (jobs.length < 500) return queued;
  }
}

const globalForDispatcher = globalThis as unknown as { healthDispatcher?: NodeJS.Timeout };

/**
 * Every instance runs a dispatcher; they share the work through row claims, so a check is queued
 * once. It ticks every 5 seconds (every second for cycles under 50 s), so a check due now is
 * queued within seconds, and since it queues checks due within the lookahead, usually before.
 */
export function startHealthDispatcher(boss: PgBoss) {
  if (globalForDispatcher.healthDispatcher) return;
  const tickMs = Math.min(5000, Math.max(1000, getEnv().HEALTH_CHECK_EVERY / 10));
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await dispatchDueChecks(boss);
    } catch (error) {
      log.warn(`health checks could not be scheduled this time: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };
  globalForDispatcher.healthDispatcher = setInterval(tick, tickMs);
  globalForDispatcher.healthDispatcher.unref();
  void tick();
}

export function stopHealthDispatcher() {
  clearInterval(globalForDispatcher.healthDispatcher);
  globalForDispatcher.healthDispatcher = undefined;
}
