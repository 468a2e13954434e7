import 'server-only';
import { getDb } from '@/lib/db/client';
import type { Actor, WorkspaceRole } from './actor';

export interface MemberRow {
  memberId: string;
  userId: string;
  name: string;
  email: string;
  role: WorkspaceRole;
  joinedAt: Date;
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: WorkspaceRole;
  expiresAt: Date;
}

export const canManageMembers = (actor: Actor) => actor.role === 'owner' || actor.role === 'admin';

export async function listMembers(actor: Actor): Promise<MemberRow[]> {
  const db = await getDb();
  const members = await db.member.findMany({
    where: { organizationId: actor.workspaceId },
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return members.map((m) => ({
    memberId: m.id,
    userId: m.user.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role as WorkspaceRole,
    joinedAt: m.createdAt,
  }));
}

export async function listPendingInvitations(actor: Actor): Promise<PendingInvitation[]> {
  if (!canManageMembers(actor)) return [];
  const db = await getDb();
  const invitations = await db.invitation.findMany({
    where: { organizationId: actor.workspaceId, status: 'pending', expiresAt: { gt: new Date() } },
    select: { id: true, email: true, role: true, expiresAt: true },
    orderBy: { createdAt: 'desc' },
  });
  return invitations.map((i) => ({ ...i, role: (i.role ?? 'member') as WorkspaceRole }));
}

/** What the invitation page shows to anyone holding the link (its id is a long random value). */
export async function findInvitation(id: string) {
  const db = await getDb();
  const invitation = await db.invitation.findUnique({
    where: { id },
    select: {
      id: true, email: true, role: true, status: true, expiresAt: true,
      organization: { select: { name: true } },
      inviter: { select: { name: true } },
    },
  });
  if (!invitation) return null;
  const accountExists = (await db.user.count({ where: { email: { equals: invitation.email, mode: 'insensitive' } } })) > 0;
  return {
    id: invitation.id,
    email: invitation.email,
    role: (invitation.role ?? 'member') as WorkspaceRole,
    workspaceName: invitation.organization.name,
    inviterName: invitation.inviter.name,
    usable: invitation.status === 'pending' && invitation.expiresAt > new Date(),
    accountExists,
  };
}
