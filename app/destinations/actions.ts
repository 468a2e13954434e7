'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { sourceActionFailure } from '@/app/sources/action-errors';
import { invalid, type FormResult } from '@/lib/action-result';
import { actorOrThrow } from '@/lib/auth/actor';
import { createDestination } from '@/lib/sources/create-source';
import { deleteDestination } from '@/lib/sources/delete-source';
import { createDestinationSchema } from './schemas';

export async function createDestinationAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const parsed = createDestinationSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  let id: string;
  try {
    id = (await createDestination(await actorOrThrow(), parsed.data)).id;
  } catch (error) {
    return sourceActionFailure(error, 'Saving a destination');
  }
  revalidatePath('/destinations');
  redirect(`/destinations/${id}?created=1`);
}

/** Bound to one destination id by the page that shows the Delete button. */
export async function deleteDestinationAction(destinationId: string): Promise<FormResult> {
  try {
    await deleteDestination(await actorOrThrow(), destinationId);
  } catch (error) {
    return sourceActionFailure(error, 'Deleting a destination');
  }
  revalidatePath('/destinations');
  redirect('/destinations?deleted=1');
}
