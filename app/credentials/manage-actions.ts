'use server';

import { revalidatePath } from 'next/cache';
import { formError, invalid, type FormFailure } from '@/lib/action-result';
import { actorOrThrow } from '@/lib/auth/actor';
import type { CredentialUsage } from '@/lib/credentials/credential-usage';
import { deleteCredential } from '@/lib/credentials/delete-credential';
import type { CredentialDto } from '@/lib/credentials/dto';
import { recheckCredential } from '@/lib/credentials/recheck-credential';
import { replaceCredentialToken } from '@/lib/credentials/replace-token';
import { updateCredentialDetails } from '@/lib/credentials/update-details';
import { actionErrorMessage } from './action-errors';
import type { SaveQuestion } from '@/lib/credentials/save-question';
import { deleteFormSchema, replaceTokenFormSchema, updateDetailsFormSchema } from './schemas';
import { duplicateNameMessage, tokenProblemResult } from './token-problems';

/** A failure that may carry the credential as it is now (after a conflicting edit). */
export type ManageResult = { ok: true; credential?: CredentialDto } | (FormFailure & { current?: CredentialDto; question?: SaveQuestion; usage?: CredentialUsage });

const CONFLICT = 'Someone else changed this credential while you were editing. Its current values are shown below: review them and save again.';

export async function recheckAction(formData: FormData): Promise<ManageResult> {
  try {
    const { credential } = await recheckCredential(await actorOrThrow(), String(formData.get('id') ?? ''));
    revalidatePath('/credentials', 'layout');
    return { ok: true, credential };
  } catch (error) {
    return { ok: false, formError: actionErrorMessage(error, 'Re-checking a credential') };
  }
}

export async function updateDetailsAction(formData: FormData): Promise<ManageResult> {
  const parsed = updateDetailsFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const { id, ...details } = parsed.data;
  try {
    const outcome = await updateCredentialDetails(await actorOrThrow(), id, details);
    revalidatePath('/credentials', 'layout');
    if (outcome.ok) return { ok: true, credential: outcome.credential };
    if (outcome.problem === 'duplicate-name') return { ok: false, fieldErrors: { name: [duplicateNameMessage(details.name)] } };
    return { ok: false, formError: CONFLICT, current: outcome.current };
  } catch (error) {
    return formError(actionErrorMessage(error, 'Editing a credential'));
  }
}

export async function replaceTokenAction(formData: FormData): Promise<ManageResult> {
  const parsed = replaceTokenFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const { id, version, apiAccessToken, region, verify, confirmDuplicateToken, confirmNoReadAccess } = parsed.data;
  try {
    const outcome = await replaceCredentialToken(await actorOrThrow(), id, {
      fields: { apiAccessToken, region },
      verify,
      version,
      confirmed: { duplicateToken: confirmDuplicateToken, noReadAccess: confirmNoReadAccess },
    });
    revalidatePath('/credentials', 'layout');
    if (outcome.ok) return { ok: true, credential: outcome.credential };
    if (outcome.problem === 'conflict') return { ok: false, formError: CONFLICT, current: outcome.current };
    return tokenProblemResult(outcome);
  } catch (error) {
    return formError(actionErrorMessage(error, 'Replacing a token'));
  }
}

export async function deleteAction(formData: FormData): Promise<ManageResult> {
  const parsed = deleteFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    const outcome = await deleteCredential(await actorOrThrow(), parsed.data.id, parsed.data.confirmName);
    if (outcome.ok) {
      revalidatePath('/credentials', 'layout');
      return { ok: true };
    }
    if (outcome.problem === 'name-mismatch') return { ok: false, fieldErrors: { confirmName: ['Type the credential’s name exactly as shown to confirm.'] } };
    return { ok: false, formError: 'This credential is in use and cannot be deleted. Move these to another credential or delete them first:', usage: outcome.usage };
  } catch (error) {
    return formError(actionErrorMessage(error, 'Deleting a credential'));
  }
}
