import 'server-only';
import type { Db } from '@/lib/db/client';

export interface CredentialUsage {
  sources: { id: string; name: string; model: string }[];
  destinations: { id: string; name: string; model: string }[];
}

/** The sources and destinations built on a credential (within its workspace). */
export async function credentialUsage(db: Db, workspaceId: string, credentialId: string): Promise<CredentialUsage> {
  const where = { workspaceId, credentialId };
  const select = { id: true, name: true, model: true } as const;
  const [sources, destinations] = await Promise.all([
    db.dataSource.findMany({ where, select, orderBy: { name: 'asc' } }),
    db.dataDestination.findMany({ where, select, orderBy: { name: 'asc' } }),
  ]);
  return { sources, destinations };
}

export const isInUse = (usage: CredentialUsage) => usage.sources.length + usage.destinations.length > 0;
