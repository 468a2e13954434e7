import 'server-only';
import { getDb } from '@/lib/db/client';
import { getKeyring } from '@/lib/credentials/keyring';
import { REQUEST_LINK_PATH } from '@/lib/credential-requests/link-path';
import { linkSecretFor } from '@/lib/vault';
import { appUrl } from './app-url';
import type { OutgoingEmail } from './queue-emails';

/*
 * A request link's email is queued with this mark where the secret goes, and the secret is put in
 * only as the email leaves (deliverEmail), so the outbox never holds a working link.
 */
const SECRET_MARK = '__REQUEST_LINK_SECRET__';

export interface RequestLinkEmail {
  requestId: string;
  to: string;
  workspaceName: string;
  requesterName: string;
  note: string;
  replacing: string | null;
  expiresAt: Date;
}

export function requestLinkEmail(request: RequestLinkEmail): OutgoingEmail {
  const until = request.expiresAt.toLocaleString('en', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  const what = request.replacing ? `a new Planhat API token for the credential “${request.replacing}”` : 'a Planhat API token';
  return {
    dedupeKey: `credential-request:${request.requestId}`,
    purpose: 'credential-request',
    refId: request.requestId,
    to: request.to,
    subject: `${request.requesterName} asks you for ${request.replacing ? 'a new' : 'a'} Planhat API token · ${request.workspaceName}`,
    parts: {
      heading: `${request.requesterName} asks you for ${what}`,
      paragraphs: [
        `${request.requesterName} (${request.workspaceName}) needs ${what} for their data pipeline. The link opens a page where you paste the token; it is checked with Planhat and encrypted before anyone sees it, so you never have to send it in an email or a chat.`,
        ...(request.note ? [`Their note: “${request.note}”`] : []),
        `The link works once, until ${until} UTC. You do not need an account.`,
      ],
      action: { label: 'Hand over the token', url: `${appUrl(REQUEST_LINK_PATH)}#${SECRET_MARK}` },
      footer: 'If you did not expect this, ignore this email: nothing happens unless you use the link.',
    },
  };
}

/** The email's text with the link's secret put in; null when the request can no longer be used (do not send). */
export async function withRequestLinkSecret<Content extends { subject: string; textBody: string; htmlBody: string }>(
  requestId: string,
  content: Content,
): Promise<Content | null> {
  const db = await getDb();
  const request = await db.credentialRequest.findUnique({ where: { id: requestId }, select: { keyId: true, secretSalt: true, status: true, expiresAt: true } });
  if (!request || !['pending', 'opened'].includes(request.status) || request.expiresAt.getTime() <= Date.now()) return null;
  const secret = linkSecretFor(getKeyring(), { keyId: request.keyId, id: requestId, salt: request.secretSalt });
  if (!secret) return null;
  return { ...content, textBody: content.textBody.replaceAll(SECRET_MARK, secret), htmlBody: content.htmlBody.replaceAll(SECRET_MARK, secret) };
}
