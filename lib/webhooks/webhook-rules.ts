import type { Actor } from '@/lib/auth/actor';

/**
 * Owners and admins manage a workspace's webhooks; members neither manage nor see them, since a
 * webhook URL is often a capability in itself (chat and automation tools put their secret in it).
 */
export const canManageWebhooks = (actor: Pick<Actor, 'role'>) => actor.role === 'owner' || actor.role === 'admin';

export const WEBHOOK_MANAGERS_ONLY = 'Only workspace owners and admins can see and manage webhooks.';
