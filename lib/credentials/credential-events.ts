import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import type { CredentialEventType } from './audit';
import type { EventKind } from './event-kinds';
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

// A creation and a token replacement include a check, but what people look for there is the change.
const typesOf: Record<EventKind, CredentialEventType[] | undefined> = {
  all: undefined,
  changes: ['created', 'renamed', 'token-replaced', 'deleted'],
  checks: ['checked'],
};

/** The credential's audit trail (changes and checks; reads are counted in its usage), newest first. */
export async function listCredentialEvents(actor: Actor, id: string, { kind = 'all', limit = 50 }: { kind?: EventKind; limit?: number } = {}): Promise<CredentialEventDto[]> {
  await getCredential(actor, id);
  const db = await getDb();
  const types = typesOf[kind];
  const events = await db.credentialEvent.findMany({
    where: { workspaceId: actor.workspaceId, credentialId: id, ...(types && { type: { in: types } }) },
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
