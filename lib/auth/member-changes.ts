import 'server-only';
import { recordAuditEvent } from '@/lib/audit/audit-log';
import { getDb } from '@/lib/db/client';
import type { Actor, WorkspaceRole } from './actor';
import { getAuth } from './auth';

// Better Auth makes these changes (and checks the caller's session and role itself); each is
// written to the workspace's audit log once Better Auth has made it.

const actorOf = (actor: Actor) => ({ id: actor.userId, email: actor.email });

export async function inviteToWorkspace(actor: Actor, input: { email: string; role: 'member' | 'admin' }, requestHeaders: Headers) {
  const invitation = await (await getAuth()).api.createInvitation({
    body: { email: input.email, role: input.role, organizationId: actor.workspaceId, resend: true },
    headers: requestHeaders,
  });
  await recordAuditEvent(await getDb(), actor.workspaceId, {
    action: 'member.invited',
    actor: actorOf(actor),
    target: { type: 'invitation', id: invitation.id, label: invitation.email },
    headers: requestHeaders,
    detail: { role: invitation.role ?? input.role },
  });
  return invitation;
}

export async function changeMemberRole(actor: Actor, input: { memberId: string; role: WorkspaceRole }, requestHeaders: Headers) {
  const db = await getDb();
  const before = await db.member.findFirst({
    where: { id: input.memberId, organizationId: actor.workspaceId },
    select: { role: true, user: { select: { id: true, email: true } } },
  });
  await (await getAuth()).api.updateMemberRole({
    body: { memberId: input.memberId, role: input.role, organizationId: actor.workspaceId },
    headers: requestHeaders,
  });
  await recordAuditEvent(db, actor.workspaceId, {
    action: 'member.role-changed',
    actor: actorOf(actor),
    target: { type: 'member', id: before?.user.id ?? input.memberId, label: before?.user.email ?? null },
    headers: requestHeaders,
    detail: { from: before?.role ?? null, to: input.role },
  });
}

export async function revokeInvitation(actor: Actor, invitationId: string, requestHeaders: Headers) {
  const db = await getDb();
  const invitation = await db.invitation.findFirst({ where: { id: invitationId, organizationId: actor.workspaceId }, select: { email: true, role: true } });
  await (await getAuth()).api.cancelInvitation({ body: { invitationId }, headers: requestHeaders });
  await recordAuditEvent(db, actor.workspaceId, {
    action: 'invitation.revoked',
    actor: actorOf(actor),
    target: { type: 'invitation', id: invitationId, label: invitation?.email ?? null },
    headers: requestHeaders,
    detail: { role: invitation?.role ?? null },
  });
}

/** The signed-in person joins the invitation's workspace; returns that workspace's id. */
export async function joinByInvitation(invitationId: string, requestHeaders: Headers): Promise<string | null> {
  const accepted = await (await getAuth()).api.acceptInvitation({ body: { invitationId }, headers: requestHeaders });
  if (!accepted) return null;
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: accepted.member.userId }, select: { id: true, email: true } });
  await recordAuditEvent(db, accepted.invitation.organizationId, {
    action: 'member.joined',
    actor: { id: accepted.member.userId, email: user?.email ?? null },
    target: { type: 'member', id: accepted.member.userId, label: user?.email ?? null },
    headers: requestHeaders,
    detail: { role: accepted.member.role, invitationId, invitedBy: accepted.invitation.inviterId },
  });
  return accepted.invitation.organizationId;
}
