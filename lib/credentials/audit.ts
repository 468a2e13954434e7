import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';

/** Changes and checks. Reads are not audit entries: they are counted per day (record-read.ts). */
export type CredentialEventType = 'created' | 'checked' | 'renamed' | 'token-replaced' | 'deleted';

type EventWriter = Pick<Db, 'credentialEvent'> | Prisma.TransactionClient;

export type EventExtra = { outcome?: string; detail?: Prisma.InputJsonValue };

/** The row of one audit entry. Never pass a token. */
export function eventColumns(actor: Actor | null, credential: { id: string; name: string; workspaceId: string }, type: CredentialEventType, extra: EventExtra = {}) {
  return {
    workspaceId: credential.workspaceId,
    credentialId: credential.id,
    credentialName: credential.name,
    actorId: actor?.userId ?? null,
    actorName: actor?.name ?? null,
    type,
    outcome: extra.outcome ?? null,
    detail: extra.detail,
  };
}

/** Appends to a credential's audit trail, inside the caller's transaction (or batch). */
export function recordEvent(
  db: EventWriter,
  actor: Actor | null,
  credential: { id: string; name: string; workspaceId: string },
  type: CredentialEventType,
  extra: EventExtra = {},
) {
  return db.credentialEvent.create({ data: eventColumns(actor, credential, type, extra) });
}
