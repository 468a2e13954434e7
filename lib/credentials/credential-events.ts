import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { getCredential } from './get-credential';

export interface CredentialEventDto {
  id: string;
  type: string;
  outcome: string | null;
  actorName: string | null;
  credentialName: string;
  detail: Record<string, unknown> | null;
  at: string;
}

/** The credential's audit trail, newest first. */
export async function listCredentialEvents(actor: Actor, id: string, limit = 50): Promise<CredentialEventDto[]> {
  await getCredential(actor, id);
  const db = await getDb();
  const events = await db.credentialEvent.findMany({
    where: { workspaceId: actor.workspaceId, credentialId: id },
    orderBy: { createdAt: 'desc' },
    take: limit,
  });
  return events.map((event) => ({
    id: event.id,
    type: event.type,
    outcome: event.outcome,
    actorName: event.actorName,
    credentialName: event.credentialName,
    detail: (event.detail as Record<string, unknown> | null) ?? null,
    at: event.createdAt.toISOString(),
  }));
}
