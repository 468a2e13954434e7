import 'server-only';
import { randomUUID } from 'node:crypto';
import type { CredentialAlert, CredentialAlertType, CredentialChange } from '@/lib/alerts/alert';
import { credentialState } from '@/lib/credentials/credential-state';
import type { AccessReport } from '@/lib/credentials/dto';
import type { Db } from '@/lib/db/client';
import { affectedFlows } from './affected-flows';

/** The alert for a credential as it is now, with the sources and destinations the change affects. Never a token. */
export async function buildAlert(db: Db, credentialId: string, type: CredentialAlertType, change: CredentialChange | null, unreadable = false): Promise<CredentialAlert | null> {
  const row = await db.credential.findUnique({
    where: { id: credentialId },
    select: {
      id: true, name: true, status: true, statusReason: true, accessReport: true, createdById: true,
      workspace: { select: { id: true, name: true } },
      sources: { select: { id: true, name: true, model: true }, orderBy: { name: 'asc' } },
      destinations: { select: { id: true, name: true, model: true }, orderBy: { name: 'asc' } },
    },
  });
  if (!row) return null;
  const status = unreadable ? 'unreadable' : credentialState({ status: row.status, accessReport: row.accessReport as AccessReport | null });
  return {
    id: randomUUID(),
    type,
    occurredAt: new Date().toISOString(),
    workspace: row.workspace,
    credential: {
      id: row.id,
      name: row.name,
      status,
      reason: unreadable ? "The token can't be decrypted with this server's keys. Replace the token to use it again." : row.statusReason,
      createdById: row.createdById,
    },
    change,
    affected: affectedFlows(change, { sources: row.sources, destinations: row.destinations }),
  };
}
