import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { destinationSelect, sourceSelect, toDestinationDto, toSourceDto, type DestinationDto, type SourceDto } from './dto';
import { sourceNotFound } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A source of the actor's workspace; any member may see it. */
export async function getSource(actor: Actor, id: string): Promise<SourceDto> {
  if (!UUID.test(id)) throw sourceNotFound('source');
  const db = await getDb();
  const row = await db.dataSource.findFirst({ where: { id, workspaceId: actor.workspaceId }, select: sourceSelect });
  if (!row) throw sourceNotFound('source');
  return toSourceDto(row, actor);
}

/** A destination of the actor's workspace; any member may see it. */
export async function getDestination(actor: Actor, id: string): Promise<DestinationDto> {
  if (!UUID.test(id)) throw sourceNotFound('destination');
  const db = await getDb();
  const row = await db.dataDestination.findFirst({ where: { id, workspaceId: actor.workspaceId }, select: destinationSelect });
  if (!row) throw sourceNotFound('destination');
  return toDestinationDto(row, actor);
}
