import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';

/** What the settings page shows of a key: never the key, only its first characters. */
export interface ApiKeySummary {
  id: string;
  name: string;
  start: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  createdBy: { id: string; name: string } | null;
  /** False once its creator left the workspace: the key is refused from then on. */
  active: boolean;
}

export function creatorOf(metadata: string | null): string | null {
  if (!metadata) return null;
  try {
    const parsed: unknown = JSON.parse(metadata);
    const createdBy = (parsed as { createdBy?: unknown } | null)?.createdBy;
    return typeof createdBy === 'string' ? createdBy : null;
  } catch {
    return null;
  }
}

/**
 * The workspace's API keys, newest first. Read straight from the plugin's table: its list endpoint
 * needs the caller's session and lets only owners read, while every member may see which keys exist.
 */
export async function listApiKeys(actor: Actor): Promise<ApiKeySummary[]> {
  const db = await getDb();
  const keys = await db.apikey.findMany({
    where: { referenceId: actor.workspaceId },
    select: { id: true, name: true, start: true, createdAt: true, lastRequest: true, metadata: true },
    orderBy: { createdAt: 'desc' },
  });
  const creatorIds = [...new Set(keys.map((key) => creatorOf(key.metadata)).filter((id): id is string => id !== null))];
  const [users, members] = await Promise.all([
    db.user.findMany({ where: { id: { in: creatorIds } }, select: { id: true, name: true } }),
    db.member.findMany({ where: { organizationId: actor.workspaceId, userId: { in: creatorIds } }, select: { userId: true } }),
  ]);
  const names = new Map(users.map((user) => [user.id, user.name]));
  const stillMembers = new Set(members.map((member) => member.userId));
  return keys.map((key) => {
    const creator = creatorOf(key.metadata);
    const name = creator ? names.get(creator) : undefined;
    return {
      id: key.id,
      name: key.name ?? 'Unnamed key',
      start: key.start,
      createdAt: key.createdAt.toISOString(),
      lastUsedAt: key.lastRequest?.toISOString() ?? null,
      createdBy: creator && name !== undefined ? { id: creator, name } : null,
      active: creator !== null && stillMembers.has(creator),
    };
  });
}
