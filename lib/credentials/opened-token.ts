import 'server-only';
import { getDb } from '@/lib/db/client';
import { log } from '@/lib/log';
import { isVaultError } from '@/lib/vault';
import { CredentialError } from './errors';
import { getKeyring } from './keyring';
import { openSealedToken } from './token-sealing';

export interface OpenedCredential {
  id: string;
  workspaceId: string;
  connector: string;
  name: string;
  region: string | null;
  version: number;
  token: string;
}

/**
 * Opens a credential's token for the length of one server-side operation. Callers must already
 * have authorized the actor; the token must not outlive `operation` or reach any response or log.
 */
export async function withOpenedToken<T>(workspaceId: string, credentialId: string, operation: (credential: OpenedCredential) => Promise<T>): Promise<T> {
  const db = await getDb();
  const row = await db.credential.findFirst({
    where: { id: credentialId, workspaceId },
    select: { id: true, workspaceId: true, connector: true, name: true, region: true, version: true, sealedToken: true },
  });
  if (!row) throw new CredentialError('not-found', 'This credential does not exist or you do not have access to it.');
  let token: string;
  try {
    token = openSealedToken(getKeyring(), row, row.sealedToken);
  } catch (error) {
    if (!isVaultError(error)) throw error;
    log.warn(`credential ${row.id} cannot be decrypted (${error.code})`);
    throw new CredentialError('unreadable', `The token of “${row.name}” can't be decrypted. Replace the token to use it again.`);
  }
  return operation({ id: row.id, workspaceId: row.workspaceId, connector: row.connector, name: row.name, region: row.region, version: row.version, token });
}
