import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { getDestination, getSource } from './get-source';
import { SourceError } from './errors';

const refusal = (noun: string) => new SourceError('forbidden', `Only the person who created this ${noun}, or a workspace owner or admin, can delete it.`);

/** Deletes a source; its credential stays (and may then be deleted, if nothing else uses it). */
export async function deleteSource(actor: Actor, id: string): Promise<void> {
  const source = await getSource(actor, id);
  if (!source.canManage) throw refusal('source');
  const db = await getDb();
  await db.dataSource.deleteMany({ where: { id, workspaceId: actor.workspaceId } });
}

export async function deleteDestination(actor: Actor, id: string): Promise<void> {
  const destination = await getDestination(actor, id);
  if (!destination.canManage) throw refusal('destination');
  const db = await getDb();
  await db.dataDestination.deleteMany({ where: { id, workspaceId: actor.workspaceId } });
}
