'use server';

import { invalid, type FormFailure } from '@/lib/action-result';
import { actorOrThrow } from '@/lib/auth/actor';
import { createCredential } from '@/lib/credentials/create-credential';
import type { AccessReport, CredentialDto } from '@/lib/credentials/dto';
import { accessReportOf } from '@/lib/credentials/run-check';
import { actionErrorMessage } from './action-errors';
import { createCredentialFormSchema } from './schemas';

/** A question the overlay must put to the person before saving, with the facts to show them. */
export type SaveQuestion =
  | { kind: 'save-unverified'; reason: string }
  | { kind: 'duplicate-token'; existingName: string }
  | { kind: 'no-read-access'; report: AccessReport };

export type CreateCredentialResult = { ok: true; credential: CredentialDto } | (FormFailure & { question?: SaveQuestion });

const INVALID_TOKEN =
  'Planhat did not accept this token. Check that you copied all of it, that its service account (Private App) is active and not paused, and, if you picked a region, that it is the right one.';

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
    switch (outcome.problem) {
      case 'duplicate-name':
        return { ok: false, fieldErrors: { name: [`A Planhat credential named “${name}” already exists in this workspace. Choose another name.`] } };
      case 'duplicate-token':
        return { ok: false, question: { kind: 'duplicate-token', existingName: outcome.existingName } };
      case 'invalid-token':
        return { ok: false, fieldErrors: { apiAccessToken: [outcome.check.reasonCode === 'token-rejected-midway' ? `${outcome.check.reason}` : INVALID_TOKEN] } };
      case 'unreachable':
        return { ok: false, question: { kind: 'save-unverified', reason: outcome.check.reason ?? 'Planhat did not answer.' } };
      case 'no-read-access':
        return { ok: false, question: { kind: 'no-read-access', report: accessReportOf(outcome.check) } };
    }
  } catch (error) {
    return { ok: false, formError: actionErrorMessage(error, 'Saving a credential') };
  }
}
