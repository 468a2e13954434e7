import 'server-only';
import { publishLifecycleAlert } from '@/lib/alerts/lifecycle-alerts';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordEvent } from './audit';
import { credentialUsage, isInUse, type CredentialUsage } from './credential-usage';
import { getCredential } from './get-credential';

export type DeleteOutcome =
  | { ok: true }
  | { ok: false; problem: 'name-mismatch' }
  | { ok: false; problem: 'in-use'; usage: CredentialUsage };

/**
 * Deletes a credential, ciphertext included, once the person typed its name. A credential that a
 * source or destination uses is refused, here and by the database's foreign keys.
 */
export async function deleteCredential(actor: Actor, id: string, confirmName: string): Promise<DeleteOutcome> {
  const credential = await getCredential(actor, id, 'delete');
  if (confirmName.trim() !== credential.name) return { ok: false, problem: 'name-mismatch' };
  const db = await getDb();
  const usage = await credentialUsage(db, actor.workspaceId, id);
  if (isInUse(usage)) return { ok: false, problem: 'in-use', usage };
  try {
    await db.$transaction(async (tx) => {
      await tx.credential.delete({ where: { id } });
      await recordEvent(tx, actor, { id, name: credential.name, workspaceId: actor.workspaceId }, 'deleted');
    });
    await publishLifecycleAlert('credential.deleted', actor, credential);
    return { ok: true };
  } catch (error) {
    // A source was created between our look and the delete: the foreign key said no.
    if (error instanceof Prisma.PrismaClientKnownRequestError && ['P2003', 'P2014'].includes(error.code)) {
      return { ok: false, problem: 'in-use', usage: await credentialUsage(db, actor.workspaceId, id) };
    }
    throw error;
  }
}
