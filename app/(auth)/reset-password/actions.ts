'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { formError, invalid, type FormResult } from '@/lib/action-result';
import { resetPasswordWithToken } from '@/lib/account/reset-password';
import { actionFailureMessage } from '@/lib/report-failure';
import { LINK_NO_LONGER_WORKS, resetPasswordSchema } from './schemas';

/** Sets the new password (the link works once), which signs out every session; then on to sign in. */
export async function resetPasswordAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const parsed = resetPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  let outcome;
  try {
    outcome = await resetPasswordWithToken(await headers(), parsed.data.token, parsed.data.newPassword);
  } catch (error) {
    return formError(actionFailureMessage(error, 'Resetting a password'));
  }
  if (outcome === 'invalid-link') return formError(LINK_NO_LONGER_WORKS);
  redirect('/sign-in?reset=done');
}
