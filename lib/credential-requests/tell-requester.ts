import 'server-only';
import { randomUUID } from 'node:crypto';
import { getDb } from '@/lib/db/client';
import { appUrl } from '@/lib/email/app-url';
import { emailEnabled } from '@/lib/email/email-settings';
import { queueEmails } from '@/lib/email/queue-emails';
import { log } from '@/lib/log';

export interface RequestNotice {
  requestId: string;
  workspace: { id: string; name: string };
  requester: { id: string; name: string; email: string };
  event: 'fulfilled' | 'locked';
  credential: { id: string; name: string } | null;
  purpose: 'new' | 'replace';
  flowKind: string | null;
}

const flowPaths: Record<string, string> = { source: '/sources/new/planhat', destination: '/destinations/new/planhat' };

/** Where the notice leads: back into the flow that asked (with the credential selected), else the credential or the requests. */
function hrefOf(notice: RequestNotice): string {
  if (notice.event === 'locked' || !notice.credential) return '/credentials/requests';
  const flow = notice.purpose === 'new' && notice.flowKind ? flowPaths[notice.flowKind] : undefined;
  return flow ? `${flow}?credential=${notice.credential.id}` : `/credentials/${notice.credential.id}`;
}

function wordsOf(notice: RequestNotice): { title: string; body: string } {
  const name = notice.credential?.name ?? 'the credential';
  if (notice.event === 'locked') {
    return { title: 'A credential request link was locked', body: 'Someone tried 10 wrong tokens through your link, so it no longer works. Make a new request if you still need the token.' };
  }
  return notice.purpose === 'replace'
    ? { title: `New token for ${name}`, body: `The token you asked for arrived through your request link and replaced the old one; everything using ${name} reads with it now.` }
    : { title: `${name} arrived`, body: `The token you asked for was saved as ${name} through your request link.` };
}

/**
 * Tells the requester that their link was used or locked: an entry in their bell and, when this
 * server sends email and they want alert emails, an email. Safe to run twice (keyed by request and event).
 */
export async function tellRequester(notice: RequestNotice): Promise<void> {
  const db = await getDb();
  const key = `request:${notice.requestId}:${notice.event}`;
  const { title, body } = wordsOf(notice);
  const href = hrefOf(notice);
  await db.notification.createMany({
    data: [{ id: randomUUID(), userId: notice.requester.id, workspaceId: notice.workspace.id, alertId: key, type: `credential-request.${notice.event}`, credentialId: notice.credential?.id ?? null, title, body, href }],
    skipDuplicates: true,
  });
  if (!emailEnabled()) return;
  const member = await db.member.findFirst({ where: { userId: notice.requester.id, organizationId: notice.workspace.id }, select: { alertEmails: true } });
  if (!member?.alertEmails) return;
  try {
    await queueEmails([
      {
        dedupeKey: key,
        purpose: 'request-notice',
        refId: notice.requestId,
        to: notice.requester.email,
        subject: `${title} · ${notice.workspace.name}`,
        parts: {
          heading: title,
          paragraphs: [body, `Workspace: ${notice.workspace.name}.`],
          action: { label: notice.event === 'locked' ? 'Open your requests' : 'Open it', url: appUrl(href) },
          footer: 'You get this because you made this credential request. Turn off alert emails in the notifications menu to stop them.',
        },
      },
    ]);
  } catch (error) {
    log.error(`request ${notice.requestId} notice email could not be queued: ${(error as Error).message}`);
  }
}
