import 'server-only';
import type { Db } from '@/lib/db/client';

/**
 * Accounts are created by the first person on a fresh install (who becomes the owner of the
 * first workspace) and afterwards only by people holding a pending invitation.
 */
export async function signUpAllowed(db: Db, email: string): Promise<boolean> {
  if ((await db.user.count()) === 0) return true;
  const invitation = await db.invitation.findFirst({
    where: { email: { equals: email.trim(), mode: 'insensitive' }, status: 'pending', expiresAt: { gt: new Date() } },
    select: { id: true },
  });
  return invitation !== null;
}

const domainOf = (email: string) => email.trim().toLowerCase().split('@').at(-1) ?? '';

/**
 * Single sign-on makes accounts too, but only for its own workspace's domain: an identity
 * provider speaks for the people of the email domain its workspace registered, nobody else.
 */
export async function ssoEmailAllowed(db: Db, providerId: string, email: string): Promise<boolean> {
  if (!email.includes('@')) return false;
  const provider = await db.ssoProvider.findUnique({ where: { providerId }, select: { domain: true } });
  return provider !== null && domainOf(email) === provider.domain;
}
