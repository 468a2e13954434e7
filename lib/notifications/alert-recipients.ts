import 'server-only';
import type { CredentialAlert } from '@/lib/alerts/alert';
import type { Db } from '@/lib/db/client';

export interface AlertRecipient {
  userId: string;
  name: string;
  email: string;
  /** Their choice for this workspace (member.alertEmails). */
  wantsEmail: boolean;
}

/**
 * Who can act on a credential's alert: whoever created it and the workspace's owners and admins,
 * each once, and only while they are members (someone who left hears nothing).
 */
export async function alertRecipients(db: Db, alert: CredentialAlert): Promise<AlertRecipient[]> {
  const creatorId = alert.credential.createdById;
  const members = await db.member.findMany({
    where: {
      organizationId: alert.workspace.id,
      OR: [{ role: { in: ['owner', 'admin'] } }, ...(creatorId ? [{ userId: creatorId }] : [])],
    },
    select: { userId: true, alertEmails: true, user: { select: { name: true, email: true } } },
    orderBy: { createdAt: 'asc' },
  });
  const byUser = new Map<string, AlertRecipient>();
  for (const member of members) {
    if (!byUser.has(member.userId)) {
      byUser.set(member.userId, { userId: member.userId, name: member.user.name, email: member.user.email, wantsEmail: member.alertEmails });
    }
  }
  return [...byUser.values()];
}
