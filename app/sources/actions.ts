'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { invalid, type FormResult } from '@/lib/action-result';
import { actorOrThrow } from '@/lib/auth/actor';
import { changeSourceCredential } from '@/lib/sources/change-source-credential';
import { createSource } from '@/lib/sources/create-source';
import { deleteSource } from '@/lib/sources/delete-source';
import { sourceActionFailure } from './action-errors';
import { changeCredentialSchema, createSourceSchema } from './schemas';

export async function createSourceAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const parsed = createSourceSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  let id: string;
  try {
    id = (await createSource(await actorOrThrow(), parsed.data)).id;
  } catch (error) {
    return sourceActionFailure(error, 'Saving a source');
  }
  revalidatePath('/sources');
  redirect(`/sources/${id}?created=1`);
}

export async function changeSourceCredentialAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const parsed = changeCredentialSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const { sourceId, credentialId } = parsed.data;
  try {
    await changeSourceCredential(await actorOrThrow(), sourceId, credentialId);
  } catch (error) {
    return sourceActionFailure(error, 'Changing the credential of a source');
  }
  revalidatePath('/sources');
  redirect(`/sources/${sourceId}?changed=1`);
}

/** Bound to one source id by the page that shows the Delete button. */
export async function deleteSourceAction(sourceId: string): Promise<FormResult> {
  try {
    await deleteSource(await actorOrThrow(), sourceId);
  } catch (error) {
    return sourceActionFailure(error, 'Deleting a source');
  }
  revalidatePath('/sources');
  redirect('/sources?deleted=1');
}
