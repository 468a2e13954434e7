import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { credentialGone } from './create-source';
import { sourceSelect, toSourceDto, type SourceDto } from './dto';
import { SourceError } from './errors';
import { getSource } from './get-source';
import { assertCanRead, usableCredential } from './usable-credential';

/** Points a source at another credential of the workspace, one that can read the source's model. */
export async function changeSourceCredential(actor: Actor, sourceId: string, credentialId: string): Promise<SourceDto> {
  const source = await getSource(actor, sourceId);
  if (!source.canManage) {
    throw new SourceError('forbidden', 'Only the person who created this source, or a workspace owner or admin, can change its credential.');
  }
  const credential = await usableCredential(actor, credentialId);
  assertCanRead(credential, source.model);
  const db = await getDb();
  const row = await db.dataSource
    .update({ where: { id: source.id, workspaceId: actor.workspaceId }, data: { credentialId: credential.id }, select: sourceSelect })
    .catch(credentialGone);
  return toSourceDto(row, actor);
}
