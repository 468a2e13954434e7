import type { Actor } from '@/lib/auth/actor';

/** Owners and admins create and revoke a workspace's API keys; everyone in it may see the list. */
export const canManageApiKeys = (actor: Pick<Actor, 'role'>) => actor.role === 'owner' || actor.role === 'admin';

export const API_KEY_MANAGERS_ONLY = 'Only workspace owners and admins can create or revoke API keys.';
