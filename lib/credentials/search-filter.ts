import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

// Prisma passes `contains` to ILIKE as it is, so `%` and `_` would match anything; backslash is
// Postgres's default LIKE escape, and must itself be escaped first.
const escapeLikePattern = (term: string) => term.replace(/[\\%_]/g, (character) => `\\${character}`);

/** Credentials whose name or description contains `search` (ignoring case), or null for no search. */
export function credentialSearchFilter(search: string): Prisma.CredentialWhereInput | null {
  const term = search.trim().slice(0, 100);
  if (!term) return null;
  const contains = escapeLikePattern(term);
  return { OR: [{ name: { contains, mode: 'insensitive' } }, { description: { contains, mode: 'insensitive' } }] };
}
