import 'server-only';
import { randomUUID } from 'node:crypto';
import { recordAuditEvent } from '@/lib/audit/audit-log';
import type { Db } from '@/lib/db/client';

interface SignedInUser {
  id: string;
  email: string;
}

/**
 * After an SSO sign-in: the person belongs to the provider's workspace. A first sign-in joins
 * it as a member; a pending invitation for that email (which would make the SSO plugin's own
 * provisioning skip the person) is accepted instead, with the role it offered.
 */
export async function joinProviderWorkspace(db: Db, user: SignedInUser, workspaceId: string | null | undefined) {
  if (!workspaceId) return;
  const existing = await db.member.findFirst({ where: { organizationId: workspaceId, userId: user.id }, select: { id: true } });
  if (existing) return;
  const invitation = await db.invitation.findFirst({
    where: { organizationId: workspaceId, email: { equals: user.email, mode: 'insensitive' }, status: 'pending', expiresAt: { gt: new Date() } },
    select: { id: true, role: true },
  });
  const role = invitation?.role === 'admin' ? 'admin' : 'member';
  await db.$transaction([
    db.member.create({ data: { id: randomUUID(), organizationId: workspaceId, userId: user.id, role, createdAt: new Date() } }),
    ...(invitation ? [db.invitation.update({ where: { id: invitation.id }, data: { status: 'accepted' } })] : []),
  ]);
  await recordAuditEvent(db, workspaceId, {
    action: 'member.joined',
    actor: { id: user.id, email: user.email },
    target: { type: 'user', id: user.id, label: user.email },
    detail: { role, via: invitation ? 'single sign-on, accepting an invitation' : 'single sign-on' },
  });
}
