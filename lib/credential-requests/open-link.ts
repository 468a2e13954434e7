import 'server-only';
import { getDb } from '@/lib/db/client';
import { findUsableLink } from './find-link';
import type { LinkClient, OpenOutcome } from './link-outcomes';

/** What the recipient's page shows for a secret: the request, nothing else of the workspace. The first open marks it opened. */
export async function openRequestLink(secret: string, client: LinkClient): Promise<OpenOutcome> {
  const found = await findUsableLink(secret, client, 'open');
  if (!found.ok) return found;
  const { link } = found;
  if (link.status === 'pending') {
    const db = await getDb();
    await db.credentialRequest.updateMany({ where: { id: link.id, status: 'pending' }, data: { status: 'opened', openedAt: new Date() } });
  }
  return {
    ok: true,
    view: {
      purpose: link.purpose,
      workspaceName: link.requester.workspaceName,
      requesterName: link.requester.name,
      note: link.note,
      credentialName: link.purpose === 'replace' ? (link.target?.name ?? link.name) : link.name,
      flowKind: link.flowKind === 'source' || link.flowKind === 'destination' ? link.flowKind : null,
      models: link.flowModels,
      expiresAt: link.expiresAt.toISOString(),
    },
  };
}
