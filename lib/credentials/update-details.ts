import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordEvent } from './audit';
import type { CredentialDto } from './dto';
import { getCredential } from './get-credential';
import { nameKey } from './schemas';

export type UpdateOutcome =
  | { ok: true; credential: CredentialDto }
  | { ok: false; problem: 'duplicate-name' }
  /** Someone changed it since `version`: here is what it looks like now. */
  | { ok: false; problem: 'conflict'; current: CredentialDto };

/** Renames or re-describes a credential without touching its token and without calling Planhat. */
export async function updateCredentialDetails(
  actor: Actor,
  id: string,
  input: { name: string; description: string; version: number },
): Promise<UpdateOutcome> {
  const before = await getCredential(actor, id, 'rename');
  const db = await getDb();
  try {
    const updated = await db.$transaction(async (tx) => {
      // The version the person saw is part of the condition: a stale edit matches no row.
      const { count } = await tx.credential.updateMany({
        where: { id, workspaceId: actor.workspaceId, version: input.version },
        data: { name: input.name, nameKey: nameKey(input.name), description: input.description, version: { increment: 1 } },
      });
      if (count === 0) return false;
      await recordEvent(tx, actor, { id, name: input.name, workspaceId: actor.workspaceId }, 'renamed', {
        detail: { from: before.name, to: input.name, descriptionChanged: before.description !== input.description },
      });
      return true;
    });
    const current = await getCredential(actor, id);
    return updated ? { ok: true, credential: current } : { ok: false, problem: 'conflict', current };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return { ok: false, problem: 'duplicate-name' };
    throw error;
  }
}
