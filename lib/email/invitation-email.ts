import 'server-only';
import { getDb } from '@/lib/db/client';
import { log } from '@/lib/log';
import { appUrl } from './app-url';
import { emailEnabled } from './email-settings';
import { queueEmails } from './queue-emails';

export interface InvitationToEmail {
  id: string;
  email: string;
  role: string;
  workspaceName: string;
  inviterName: string;
  expiresAt: Date;
}

/** off: this server sends no email; queued: it goes out in the background; not-queued: the queue refused it. */
export type InvitationEmailOutcome = 'off' | 'queued' | 'not-queued';

/** Emails an invitation's link to the person invited. The invitation stands whatever happens here. */
export async function emailInvitation(invitation: InvitationToEmail): Promise<InvitationEmailOutcome> {
  if (!emailEnabled()) return 'off';
  const article = invitation.role === 'admin' ? 'an admin' : 'a member';
  const expires = invitation.expiresAt.toLocaleDateString('en', { dateStyle: 'long', timeZone: 'UTC' });
  try {
    await queueEmails([
      {
        // Each invite (or re-invite) of this invitation is one email.
        dedupeKey: `invitation:${invitation.id}:${Date.now()}`,
        purpose: 'invitation',
        refId: invitation.id,
        to: invitation.email,
        subject: `${invitation.inviterName} invited you to ${invitation.workspaceName} on Credential Manager`,
        parts: {
          heading: `Join ${invitation.workspaceName}`,
          paragraphs: [
            `${invitation.inviterName} invited you to join ${invitation.workspaceName} as ${article}, to manage its Planhat credentials.`,
            `The link works until ${expires}.`,
          ],
          action: { label: 'Accept the invitation', url: appUrl(`/invite/${invitation.id}`) },
          footer: 'If you did not expect this invitation, ignore this email.',
        },
      },
    ]);
    return 'queued';
  } catch (error) {
    log.error(`invitation email ${invitation.id} could not be queued: ${(error as Error).message}`);
    return 'not-queued';
  }
}

export interface InvitationEmailState {
  status: 'queued' | 'sent' | 'failed';
  at: Date;
  lastError: string | null;
}

/** The latest email of each invitation, for the pending list ("Email sent", "not sent yet"). */
export async function invitationEmailStates(invitationIds: string[]): Promise<Map<string, InvitationEmailState>> {
  if (invitationIds.length === 0) return new Map();
  const db = await getDb();
  const rows = await db.emailMessage.findMany({
    where: { purpose: 'invitation', refId: { in: invitationIds } },
    select: { refId: true, status: true, createdAt: true, sentAt: true, lastError: true },
    orderBy: { createdAt: 'asc' },
  });
  return new Map(
    rows.map((row) => [row.refId, { status: row.status as InvitationEmailState['status'], at: row.sentAt ?? row.createdAt, lastError: row.lastError }]),
  );
}
