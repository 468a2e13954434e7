'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { formError, invalid, type FormResult } from '@/lib/action-result';
import { changeAccountPassword } from '@/lib/account/change-password';
import { updateAccountName } from '@/lib/account/update-profile';
import { actionFailureMessage } from '@/lib/report-failure';
import { changePasswordSchema, profileSchema } from './schemas';

export async function updateProfile(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const parsed = profileSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  let outcome;
  try {
    outcome = await updateAccountName(await headers(), parsed.data.name);
  } catch (error) {
    return formError(actionFailureMessage(error, 'Updating a profile'));
  }
  if (outcome === 'signed-out') redirect('/sign-in?next=/account');
  // The header's account menu shows the name on every page.
  revalidatePath('/', 'layout');
  return { ok: true };
}

export async function changePassword(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  let outcome;
  try {
    outcome = await changeAccountPassword(await headers(), { currentPassword: parsed.data.currentPassword, newPassword: parsed.data.newPassword });
  } catch (error) {
    return formError(actionFailureMessage(error, 'Changing a password'));
  }
  if (outcome === 'signed-out') redirect('/sign-in?next=/account');
  if (outcome === 'wrong-password') return { ok: false, fieldErrors: { currentPassword: ['That is not your current password. Check it and try again.'] } };
  if (outcome === 'no-password') return formError('Your account signs in without a password here, so there is none to change.');
  revalidatePath('/account');
  return { ok: true };
}
