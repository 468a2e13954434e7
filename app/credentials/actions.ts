'use server';

import { invalid, type FormFailure } from '@/lib/action-result';
import { actorOrThrow } from '@/lib/auth/actor';
import { createCredential } from '@/lib/credentials/create-credential';
import type { AccessReport, CredentialDto } from '@/lib/credentials/dto';
import { actionErrorMessage } from './action-errors';
import { createCredentialFormSchema } from './schemas';
import { duplicateNameMessage, tokenProblemResult } from './token-problems';

/** A question the overlay must put to the person before saving, with the facts to show them. */
export type SaveQuestion =
  | { kind: 'save-unverified'; reason: string }
  | { kind: 'duplicate-token'; existingName: string }
  | { kind: 'no-read-access'; report: AccessReport };

export type CreateCredentialResult = { ok: true; credential: CredentialDto } | (FormFailure & { question?: SaveQuestion });

export async function createCredentialAction(formData: FormData): Promise<CreateCredentialResult> {
  // Only the schema's keys survive parsing: a posted id, status or workspace is ignored.
  const parsed = createCredentialFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const { name, description, apiAccessToken, region, verify, confirmDuplicateToken, confirmNoReadAccess } = parsed.data;
  try {
    const actor = await actorOrThrow();
    const outcome = await createCredential(actor, {
      connector: 'planhat',
      name,
      description,
      fields: { apiAccessToken, region },
      verify,
      confirmed: { duplicateToken: confirmDuplicateToken, noReadAccess: confirmNoReadAccess },
    });
    if (outcome.ok) return { ok: true, credential: outcome.credential };
    if (outcome.problem === 'duplicate-name') return { ok: false, fieldErrors: { name: [duplicateNameMessage(name)] } };
    return tokenProblemResult(outcome);
  } catch (error) {
    return { ok: false, formError: actionErrorMessage(error, 'Saving a credential') };
  }
}
