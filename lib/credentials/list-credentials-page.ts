import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { authorize } from './authz';
import { credentialDtoSelect, toCredentialDto, type CredentialDto, type CredentialStatus } from './dto';
import { stateFilter } from './list-credentials';
import { getKeyring } from './keyring';
import { credentialSearchFilter } from './search-filter';

/** Where the previous page stopped: its last credential's creation time and id. */
export interface PagePosition {
  createdAt: Date;
  id: string;
}

export interface PageOptions {
  connector?: string;
  search?: string;
  status?: CredentialStatus;
  limit: number;
  after?: PagePosition;
}

/**
 * A page of the workspace's credentials, newest first, continued by keyset rather than offset: a
 * client walking every page sees each credential once even while others are being created, and
 * page 500 costs what page 1 costs. (listCredentials, for the UI, sorts several ways and counts.)
 */
export async function listCredentialsPage(actor: Actor, { connector, search = '', status, limit, after }: PageOptions): Promise<{ items: CredentialDto[]; next: PagePosition | null }> {
  authorize(actor, 'view');
  const db = await getDb();
  const keyring = getKeyring();
  const filters: Prisma.CredentialWhereInput[] = [{ workspaceId: actor.workspaceId }];
  if (connector) filters.push({ connector });
  const searchFilter = credentialSearchFilter(search);
  if (searchFilter) filters.push(searchFilter);
  // The API's status is the stored one (plus "unreadable"): a verified credential stays verified whatever it may read.
  if (status === 'verified') filters.push({ status, keyId: { in: [...keyring.ids] } });
  else if (status) filters.push(stateFilter(status, keyring.ids));
  if (after) filters.push({ OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] });

  const take = Math.min(Math.max(1, limit), 500);
  const rows = await db.credential.findMany({
    where: { AND: filters },
    select: credentialDtoSelect,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: take + 1,
  });
  const page = rows.slice(0, take);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => toCredentialDto(row, actor, keyring)),
    next: rows.length > take && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}
