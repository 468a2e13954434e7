import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { Db } from '@/lib/db/client';

export type AttemptClaim = 'saving' | 'cancelled';

const KEEP_FOR_MS = 24 * 60 * 60 * 1000;

/**
 * Claims an overlay save for one outcome. The save claims 'saving' once its check is done, right
 * before it inserts; Cancel claims 'cancelled'. Whichever comes first wins (the id is the primary
 * key), so a cancelled check never becomes a saved credential and a Cancel that comes too late says so.
 */
export async function claimSaveAttempt(db: Db, actor: Actor, attemptId: string, outcome: AttemptClaim): Promise<boolean> {
  const [claimed] = await Promise.all([
    db.credentialSaveAttempt.createMany({ data: [{ id: attemptId, workspaceId: actor.workspaceId, outcome }], skipDuplicates: true }),
    // Claims only matter while their save is in flight.
    db.credentialSaveAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - KEEP_FOR_MS) } } }),
  ]);
  return claimed.count === 1;
}
