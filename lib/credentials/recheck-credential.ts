import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { recordEvent } from './audit';
import { credentialDtoSelect, toCredentialDto, type CredentialDto } from './dto';
import { getCredential } from './get-credential';
import { getKeyring } from './keyring';
import { withOpenedToken } from './opened-token';
import { checkColumns, runCheck, type CheckResult } from './run-check';

/**
 * Runs the Planhat check on the stored token now and records status, reason, access report and
 * time. Checks do not bump the version: they change no field a person edits.
 */
export async function recheckCredential(actor: Actor, id: string, trigger = 'manual'): Promise<{ credential: CredentialDto; check: CheckResult }> {
  await getCredential(actor, id, 'check');
  const check = await withOpenedToken(actor.workspaceId, id, (credential) => runCheck(credential.token, credential.region));
  const db = await getDb();
  const row = await db.$transaction(async (tx) => {
    const updated = await tx.credential.update({ where: { id }, data: checkColumns(check), select: { ...credentialDtoSelect, workspaceId: true } });
    await recordEvent(tx, actor, updated, 'checked', {
      outcome: check.status,
      detail: { trigger, readableCount: check.readableCount, cluster: check.cluster, reason: check.reason ?? null },
    });
    return updated;
  });
  return { credential: toCredentialDto(row, actor, getKeyring()), check };
}
