import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';

/** Whether the person wants alert emails of their active workspace (on unless they turned it off). */
export async function wantsAlertEmails(actor: Actor): Promise<boolean> {
  const db = await getDb();
  const member = await db.member.findFirst({ where: { userId: actor.userId, organizationId: actor.workspaceId }, select: { alertEmails: true } });
  return member?.alertEmails ?? true;
}

/** The person's own choice for their active workspace; nobody sets it for someone else. */
export async function setAlertEmails(actor: Actor, on: boolean): Promise<void> {
  const db = await getDb();
  await db.member.updateMany({ where: { userId: actor.userId, organizationId: actor.workspaceId }, data: { alertEmails: on } });
}
