import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { authorize } from './authz';
import { credentialDtoSelect, toCredentialDto, type CredentialDto, type CredentialStatus } from './dto';
import { getKeyring } from './keyring';
import { credentialSearchFilter } from './search-filter';

export interface CredentialPage {
  items: CredentialDto[];
  total: number;
  hasMore: boolean;
}

export const PAGE_SIZE = 24;

export const CREDENTIAL_SORTS = ['newest', 'name', 'checked', 'status'] as const;
export type CredentialSort = (typeof CREDENTIAL_SORTS)[number];

const orderings: Record<CredentialSort, Prisma.CredentialOrderByWithRelationInput[]> = {
  newest: [{ createdAt: 'desc' }],
  name: [{ nameKey: 'asc' }],
  checked: [{ checkedAt: { sort: 'desc', nulls: 'last' } }],
  status: [{ status: 'asc' }, { nameKey: 'asc' }],
};

export interface ListOptions {
  connector?: string;
  search?: string;
  status?: CredentialStatus;
  sort?: CredentialSort;
  limit?: number;
}

/** One page of the workspace's credentials, filtered and sorted on the server. */
export async function listCredentials(actor: Actor, { connector, search = '', status, sort = 'newest', limit = PAGE_SIZE }: ListOptions): Promise<CredentialPage> {
  authorize(actor, 'view');
  const db = await getDb();
  const keyring = getKeyring();
  const where: Prisma.CredentialWhereInput = {
    workspaceId: actor.workspaceId,
    ...(connector && { connector }),
    ...credentialSearchFilter(search),
    // "Can't decrypt" is not stored: it means sealed under a key this server does not have.
    ...(status === 'unreadable' ? { keyId: { notIn: [...keyring.ids] } } : status ? { status, keyId: { in: [...keyring.ids] } } : {}),
  };
  const take = Math.min(Math.max(1, limit), 500);
  const [rows, total] = await Promise.all([
    db.credential.findMany({ where, select: credentialDtoSelect, orderBy: [...orderings[sort], { id: 'asc' }], take }),
    db.credential.count({ where }),
  ]);
  return { items: rows.map((row) => toCredentialDto(row, actor, keyring)), total, hasMore: total > rows.length };
}
