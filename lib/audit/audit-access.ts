import type { Actor } from '@/lib/auth/actor';

/** Owners and admins read the workspace's audit log; members do not. */
export const canReadAuditLog = (actor: Pick<Actor, 'role'>) => actor.role === 'owner' || actor.role === 'admin';

export const AUDIT_LOG_READERS_ONLY = 'Only workspace owners and admins can see the audit log.';
