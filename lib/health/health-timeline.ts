import 'server-only';
import type { CredentialChange } from '@/lib/alerts/alert';
import type { Actor } from '@/lib/auth/actor';
import { getCredential } from '@/lib/credentials/get-credential';
import { getDb } from '@/lib/db/client';

export const TIMELINE_LENGTH = 30;

export interface HealthCheckDto {
  id: string;
  at: string;
  trigger: string;
  outcome: string;
  reason: string | null;
  durationMs: number;
  readableCount: number | null;
  modelCount: number | null;
  change: CredentialChange | null;
}

/** The latest checks of a credential, newest first (the actor must be able to see it). */
export async function listHealthChecks(actor: Actor, credentialId: string, limit = TIMELINE_LENGTH): Promise<HealthCheckDto[]> {
  await getCredential(actor, credentialId);
  const db = await getDb();
  const rows = await db.credentialCheck.findMany({ where: { credentialId }, orderBy: { checkedAt: 'desc' }, take: limit });
  return rows.map((row) => ({
    id: row.id,
    at: row.checkedAt.toISOString(),
    trigger: row.trigger,
    outcome: row.outcome,
    reason: row.reason,
    durationMs: row.durationMs,
    readableCount: row.readableCount,
    modelCount: row.modelCount,
    change: (row.change as CredentialChange | null) ?? null,
  }));
}
