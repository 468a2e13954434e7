'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { formError, type FormResult } from '@/lib/action-result';
import { actorOrThrow, NotSignedInError } from '@/lib/auth/actor';
import { PolicyRefusal, setTwoFactorRequired } from '@/lib/auth/two-factor/two-factor-policy';

/** Owners turn "Require two-factor authentication" on or off for the active workspace. */
export async function saveTwoFactorPolicy(_: unknown, data: FormData): Promise<FormResult<{ required: boolean }>> {
  const value = data.get('requireTwoFactor');
  if (value !== null && value !== 'on') return formError('Choose whether two-factor authentication is required.');
  const required = value === 'on';
  try {
    await setTwoFactorRequired(await actorOrThrow(), required, await headers());
  } catch (error) {
    if (error instanceof NotSignedInError || error instanceof PolicyRefusal) return formError(error.message);
    throw error;
  }
  revalidatePath('/settings/security');
  return { ok: true, required };
}
