import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { searchTermSchema } from '@/lib/text/text-schemas';

// Prisma passes `contains` to ILIKE as it is, so `%` and `_` would match anything; backslash is
// Postgres's default LIKE escape, and must itself be escaped first.
const escapeLikePattern = (term: string) => term.replace(/[\\%_]/g, (character) => `\\${character}`);

/** Credentials whose name or description contains `search` (ignoring case), or null for no search. */
export function credentialSearchFilter(search: string): Prisma.CredentialWhereInput | null {
  // Cut on code points, not UTF-16 units, so an emoji at the end is not split in half.
  const parsed = searchTermSchema.safeParse(Array.from(search.trim()).slice(0, 100).join(''));
  // What storable text refuses (a NUL) is in no stored name: such a search finds nothing.
  if (!parsed.success) return { id: { in: [] } };
  if (!parsed.data) return null;
  const contains = escapeLikePattern(parsed.data);
  return { OR: [{ name: { contains, mode: 'insensitive' } }, { description: { contains, mode: 'insensitive' } }] };
}
