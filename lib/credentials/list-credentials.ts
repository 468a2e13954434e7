import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { authorize } from './authz';
import type { CredentialState } from './credential-state';
import { credentialDtoSelect, toCredentialDto, type CredentialDto } from './dto';
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
  // Problems first: invalid, not verified, then partial access before full access.
  status: [{ status: 'desc' }, { fullAccess: { sort: 'asc', nulls: 'first' } }, { nameKey: 'asc' }],
};

export interface ListOptions {
  connector?: string;
  search?: string;
  status?: CredentialState;
  sort?: CredentialSort;
  limit?: number;
}

/** One page of the workspace's credentials, filtered and sorted on the server. */
export async function listCredentials(actor: Actor, { connector, search = '', status, sort = 'newest', limit = PAGE_SIZE }: ListOptions): Promise<CredentialPage> {
  authorize(actor, 'view');
  const db = await getDb();
  const keyring = getKeyring();
  const filters: Prisma.CredentialWhereInput[] = [{ workspaceId: actor.workspaceId }];
  if (connector) filters.push({ connector });
  const searchFilter = credentialSearchFilter(search);
  if (searchFilter) filters.push(searchFilter);
  if (status) filters.push(stateFilter(status, keyring.ids));
  const where: Prisma.CredentialWhereInput = { AND: filters };
  const take = Math.min(Math.max(1, limit), 500);
  const [rows, total] = await Promise.all([
    db.credential.findMany({ where, select: credentialDtoSelect, orderBy: [...orderings[sort], { id: 'asc' }], take }),
    db.credential.count({ where }),
  ]);
  return { items: rows.map((row) => toCredentialDto(row, actor, keyring)), total, hasMore: total > rows.length };
}

/**
 * The rows in one state. "Can't decrypt" is not stored: it means sealed under a key this server does
 * not have. "Partial access" is a verified token whose report (fullAccess, derived by Postgres) falls short.
 */
export function stateFilter(state: CredentialState, keyIds: Iterable<string>): Prisma.CredentialWhereInput {
  const readable = { keyId: { in: [...keyIds] } };
  switch (state) {
    case 'unreadable':
      return { keyId: { notIn: [...keyIds] } };
    case 'partial':
      return { ...readable, status: 'verified', fullAccess: false };
    case 'verified':
      return { ...readable, status: 'verified', OR: [{ fullAccess: true }, { fullAccess: null }] };
    default:
      return { ...readable, status: state };
  }
}
