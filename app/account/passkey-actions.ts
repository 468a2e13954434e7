'use server';

import { APIError } from 'better-auth/api';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { formError, invalid, type FormResult } from '@/lib/action-result';
import { getAuth } from '@/lib/auth/auth';
import { renamePasskeySchema } from '@/lib/auth/passkeys/passkey-schemas';

const GONE = 'That passkey is no longer on your account. Reload the page.';

function refused(error: unknown): FormResult<never> {
  if (!(error instanceof APIError)) throw error;
  if (error.status === 'UNAUTHORIZED') return formError('Your session has ended. Sign in again to continue.');
  if (error.status === 'NOT_FOUND' || error.status === 'FORBIDDEN') return formError(GONE);
  if (error.status === 'BAD_REQUEST') return { ok: false, fieldErrors: { name: [error.message] } };
  throw error;
}

export async function renamePasskey(_: unknown, data: FormData): Promise<FormResult> {
  const parsed = renamePasskeySchema.safeParse({ id: data.get('id'), name: data.get('name') });
  if (!parsed.success) return invalid(parsed.error);
  try {
    await (await getAuth()).api.updatePasskey({ body: parsed.data, headers: await headers() });
    revalidatePath('/account');
    return { ok: true };
  } catch (error) {
    return refused(error);
  }
}

/** Removes one of the person's own passkeys; someone else's id is "no longer on your account". */
export async function removePasskey(id: string): Promise<string | null> {
  if (typeof id !== 'string' || !id || id.length > 200) return GONE;
  try {
    await (await getAuth()).api.deletePasskey({ body: { id }, headers: await headers() });
    revalidatePath('/account');
    return null;
  } catch (error) {
    const result = refused(error);
    return result.ok ? null : (result.formError ?? GONE);
  }
}
