import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { CredentialDto } from '@/lib/credentials/dto';
import { getCredential } from '@/lib/credentials/get-credential';
import { modelChoices, modelLabel } from './model-access';
import { SourceError } from './errors';

/**
 * A credential the actor may build a source or destination on: of their workspace, allowed by the
 * rule book's `use`, and not known to be broken (a rejected or undecryptable token would fail at once).
 */
export async function usableCredential(actor: Actor, credentialId: string): Promise<CredentialDto> {
  const credential = await getCredential(actor, credentialId, 'use');
  if (credential.status === 'invalid' || credential.status === 'unreadable') {
    throw new SourceError('credential-unusable', `“${credential.name}” can't be used right now: ${credential.statusReason ?? 'its token does not work'} Fix the credential or choose another one.`);
  }
  return credential;
}

/** Refuses a model the credential's last check found it cannot read. */
export function assertCanRead(credential: CredentialDto, model: string) {
  const choice = modelChoices(credential).find((entry) => entry.id === model);
  if (!choice) throw new SourceError('not-readable', 'Choose one of the Planhat data models.');
  if (!choice.readable) {
    throw new SourceError('not-readable', `“${credential.name}” can't read ${modelLabel(model)}: ${choice.reason} Choose another model or credential.`);
  }
}
