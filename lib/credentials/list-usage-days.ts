import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { getCredential } from './get-credential';
import { CONFIGURE_PREVIEW } from './record-read';

export const USAGE_DAYS_SHOWN = 14;

export interface UsageDayDto {
  /** The UTC day, YYYY-MM-DD. */
  day: string;
  /** The saved source that read; null for the configure preview of a source not saved yet. */
  source: { id: string; name: string; exists: boolean } | null;
  /** The data model of the latest read that day. */
  model: string;
  reads: number;
  failedReads: number;
  /** 'ok', or why the latest read failed. */
  lastOutcome: string;
  lastReadAt: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads of Planhat records with the credential per UTC day and reader, today and the days before, newest first. */
export async function listUsageDays(actor: Actor, id: string, { days = USAGE_DAYS_SHOWN }: { days?: number } = {}): Promise<UsageDayDto[]> {
  await getCredential(actor, id);
  const db = await getDb();
  const now = new Date();
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (days - 1)));
  const rows = await db.credentialUsageDay.findMany({
    where: { credentialId: id, day: { gte: since } },
    orderBy: [{ day: 'desc' }, { lastReadAt: 'desc' }],
  });
  const sourceIds = [...new Set(rows.map((row) => row.usedBy).filter((usedBy) => UUID.test(usedBy)))];
  const existing = new Set(
    sourceIds.length === 0
      ? []
      : (await db.dataSource.findMany({ where: { workspaceId: actor.workspaceId, id: { in: sourceIds } }, select: { id: true } })).map((source) => source.id),
  );
  return rows.map((row) => ({
    day: row.day.toISOString().slice(0, 10),
    source: row.usedBy === CONFIGURE_PREVIEW ? null : { id: row.usedBy, name: row.sourceName ?? '', exists: existing.has(row.usedBy) },
    model: row.model,
    reads: row.reads,
    failedReads: row.failedReads,
    lastOutcome: row.lastOutcome,
    lastReadAt: row.lastReadAt.toISOString(),
  }));
}
