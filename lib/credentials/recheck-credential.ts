import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { checkAndRecord, checkedRowSelect } from '@/lib/health/record-check';
import { postponeNextCheck } from '@/lib/health/schedule';
import type { CredentialDto } from './dto';
import { CredentialError } from './errors';
import { getCredential } from './get-credential';
import type { CheckResult } from './run-check';

/**
 * Runs the Planhat check on the stored token now and records it like a scheduled check (status,
 * health, timeline), plus an audit entry since a person asked; it counts as this cycle's check.
 * Checks do not bump the version: they change no field a person edits.
 */
export async function recheckCredential(actor: Actor, id: string, trigger = 'manual'): Promise<{ credential: CredentialDto; check: CheckResult }> {
  await getCredential(actor, id, 'check');
  const db = await getDb();
  const row = await db.credential.findFirst({ where: { id, workspaceId: actor.workspaceId }, select: checkedRowSelect });
  if (!row) throw new CredentialError('not-found', 'This credential does not exist or you do not have access to it.');
  const { check } = await checkAndRecord(db, row, trigger === 'api' ? 'api' : 'manual', actor, trigger);
  await postponeNextCheck(db, id, getEnv().HEALTH_CHECK_EVERY / 1000);
  if (!check) throw new CredentialError('unreadable', `The token of “${row.name}” can't be decrypted. Replace the token to use it again.`);
  return { credential: await getCredential(actor, id), check };
}
