import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { authorize } from './authz';
import { credentialDtoSelect, toCredentialDto, type CredentialDto } from './dto';
import { getKeyring } from './keyring';

export interface CredentialPage {
  items: CredentialDto[];
  total: number;
  hasMore: boolean;
}

export const PAGE_SIZE = 24;

/** One page of the workspace's credentials for a connector, newest first, filtered on the server. */
export async function listCredentials(
  actor: Actor,
  { connector, search = '', limit = PAGE_SIZE }: { connector: string; search?: string; limit?: number },
): Promise<CredentialPage> {
  authorize(actor, 'view');
  const db = await getDb();
  const term = search.trim().slice(0, 100);
  const where: Prisma.CredentialWhereInput = {
    workspaceId: actor.workspaceId,
    connector,
    ...(term && {
      OR: [{ name: { contains: term, mode: 'insensitive' } }, { description: { contains: term, mode: 'insensitive' } }],
    }),
  };
  const take = Math.min(Math.max(1, limit), 500);
  const [rows, total] = await Promise.all([
    db.credential.findMany({ where, select: credentialDtoSelect, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take }),
    db.credential.count({ where }),
  ]);
  const keyring = getKeyring();
  return { items: rows.map((row) => toCredentialDto(row, actor, keyring)), total, hasMore: total > rows.length };
}
