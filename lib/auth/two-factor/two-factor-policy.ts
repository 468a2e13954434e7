import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { recordAuditEvent } from '@/lib/audit/audit-log';
import { getDb } from '@/lib/db/client';

/** Whether the workspace's owners require two-factor authentication of every member. */
export async function isTwoFactorRequired(workspaceId: string): Promise<boolean> {
  const db = await getDb();
  const row = await db.workspaceSettings.findUnique({ where: { workspaceId }, select: { requireTwoFactor: true } });
  return row?.requireTwoFactor ?? false;
}

/** The names of the person's workspaces that require two-factor (it cannot be turned off while a member). */
export async function workspacesRequiringTwoFactor(userId: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db.member.findMany({
    where: { userId, organization: { settings: { requireTwoFactor: true } } },
    select: { organization: { select: { name: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((row) => row.organization.name);
}

export class PolicyRefusal extends Error {
  override name = 'PolicyRefusal';
}

/**
 * Owners turn the requirement on or off. They must have two-factor on themselves first, so that
 * turning it on never sends the person who did it to the setup page.
 */
export async function setTwoFactorRequired(actor: Actor, required: boolean, headers: Headers) {
  if (actor.role !== 'owner') throw new PolicyRefusal('Only workspace owners can change the two-factor requirement.');
  if (required && !actor.twoFactorEnabled) throw new PolicyRefusal('Turn on two-factor authentication for your own account first (Account → Two-factor authentication).');
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const before = await tx.workspaceSettings.findUnique({ where: { workspaceId: actor.workspaceId }, select: { requireTwoFactor: true } });
    if ((before?.requireTwoFactor ?? false) === required) return;
    await tx.workspaceSettings.upsert({ where: { workspaceId: actor.workspaceId }, create: { workspaceId: actor.workspaceId, requireTwoFactor: required }, update: { requireTwoFactor: required } });
    const entry = { action: 'workspace.two-factor-policy-changed' as const, actor: { id: actor.userId, email: actor.email }, headers, detail: { required } };
    await recordAuditEvent(tx, actor.workspaceId, { ...entry, target: { type: 'workspace', id: actor.workspaceId, label: actor.workspaceName } });
  });
}

/** How many of the workspace's members have not turned two-factor on. */
export async function countMembersWithoutTwoFactor(workspaceId: string): Promise<number> {
  const db = await getDb();
  return db.member.count({ where: { organizationId: workspaceId, user: { OR: [{ twoFactorEnabled: false }, { twoFactorEnabled: null }] } } });
}
