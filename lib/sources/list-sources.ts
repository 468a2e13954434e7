import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { destinationSelect, sourceSelect, toDestinationDto, toSourceDto, type DestinationDto, type SourceDto } from './dto';

// A workspace has a handful of these; past this many, the list wants search and paging.
const LIST_LIMIT = 500;
const newestFirst = [{ createdAt: 'desc' as const }, { id: 'asc' as const }];

/** The workspace's data sources, newest first. */
export async function listSources(actor: Actor): Promise<SourceDto[]> {
  const db = await getDb();
  const rows = await db.dataSource.findMany({ where: { workspaceId: actor.workspaceId }, select: sourceSelect, orderBy: newestFirst, take: LIST_LIMIT });
  return rows.map((row) => toSourceDto(row, actor));
}

/** The workspace's data destinations, newest first. */
export async function listDestinations(actor: Actor): Promise<DestinationDto[]> {
  const db = await getDb();
  const rows = await db.dataDestination.findMany({
    where: { workspaceId: actor.workspaceId },
    select: destinationSelect,
    orderBy: newestFirst,
    take: LIST_LIMIT,
  });
  return rows.map((row) => toDestinationDto(row, actor));
}
