import 'server-only';
import type { Actor } from '@/lib/auth/actor';

/** Why the single sign-on settings cannot be changed by this person, in words for them. */
export class SsoAccessError extends Error {
  override name = 'SsoAccessError';
}

/** Owners change the workspace's identity provider; admins see it read-only; members not at all. */
export const canViewSso = (actor: Actor) => actor.role === 'owner' || actor.role === 'admin';
export const canManageSso = (actor: Actor) => actor.role === 'owner';

export function assertCanManageSso(actor: Actor) {
  if (!canManageSso(actor)) throw new SsoAccessError('Only workspace owners can change single sign-on.');
}
