import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { cycleMs, type WorkspaceCycle, isWorkspaceCycle } from './cycles';
import { respreadWorkspace } from './schedule';

export interface HealthSettings {
  /** The workspace's own choice; null follows the install's default. */
  cycle: WorkspaceCycle | null;
  /** The cycle in effect, in ms; null when checks are off. */
  effectiveMs: number | null;
  defaultMs: number;
  rotateAfterDays: number | null;
}

export async function getHealthSettings(workspaceId: string): Promise<HealthSettings> {
  const db = await getDb();
  const row = await db.workspaceSettings.findUnique({ where: { workspaceId }, select: { healthCheckEvery: true, rotateAfterDays: true } });
  const defaultMs = getEnv().HEALTH_CHECK_EVERY;
  const cycle = isWorkspaceCycle(row?.healthCheckEvery) ? row.healthCheckEvery : null;
  return { cycle, effectiveMs: cycleMs(cycle, defaultMs), defaultMs, rotateAfterDays: row?.rotateAfterDays ?? null };
}

/**
 * Saves a workspace's health-check choices (owners and admins; the caller checks). A new cycle
 * spreads every credential's next check over it; turning checks off unschedules them all.
 */
export async function saveHealthSettings(actor: Actor, input: { cycle: WorkspaceCycle | null; rotateAfterDays: number | null }) {
  const db = await getDb();
  const before = await getHealthSettings(actor.workspaceId);
  const data = { healthCheckEvery: input.cycle, rotateAfterDays: input.rotateAfterDays };
  await db.workspaceSettings.upsert({ where: { workspaceId: actor.workspaceId }, create: { workspaceId: actor.workspaceId, ...data }, update: data });
  if (before.cycle === input.cycle) return;
  if (input.cycle === 'off') await db.credential.updateMany({ where: { workspaceId: actor.workspaceId }, data: { nextCheckAt: null } });
  else await respreadWorkspace(db, actor.workspaceId, getEnv().HEALTH_CHECK_EVERY / 1000);
}
