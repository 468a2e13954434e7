import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { CredentialDto } from '@/lib/credentials/dto';
import { getCredential } from '@/lib/credentials/get-credential';
import { recheckCredential } from '@/lib/credentials/recheck-credential';

// Older than this, the access report may no longer match what the token can read.
export const CHECK_FRESH_FOR_MS = 5 * 60_000;

export function isCheckStale(credential: Pick<CredentialDto, 'checkedAt'>, now = Date.now()): boolean {
  return credential.checkedAt === null || now - Date.parse(credential.checkedAt) > CHECK_FRESH_FOR_MS;
}

/**
 * The credential chosen for a new source or destination, re-checked first when its last check is
 * stale, so the models offered are the ones the token can read now.
 */
export async function credentialForConfigure(actor: Actor, credentialId: string): Promise<CredentialDto> {
  const credential = await getCredential(actor, credentialId, 'use');
  // An undecryptable token cannot be checked (the page says what to do instead), and someone the
  // rule book does not let re-check works with the last report.
  if (credential.status === 'unreadable' || !credential.can.check || !isCheckStale(credential)) return credential;
  return (await recheckCredential(actor, credentialId, 'configure')).credential;
}
