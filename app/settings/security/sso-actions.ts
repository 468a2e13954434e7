'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { formError, invalid, type FormResult } from '@/lib/action-result';
import { actorOrThrow, NotSignedInError } from '@/lib/auth/actor';
import { SsoAccessError } from '@/lib/auth/sso/sso-access';
import { ssoProviderSchema } from '@/lib/auth/sso/sso-provider-schema';
import { removeSsoProvider, saveSsoProvider } from '@/lib/auth/sso/sso-providers';
import { SsoSetupProblem } from '@/lib/auth/sso/sso-problem';
import { actionFailureMessage } from '@/lib/report-failure';

// Never echoes the client secret: results carry field names and messages the service wrote.
export async function saveSsoProviderAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const parsed = ssoProviderSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await saveSsoProvider(await actorOrThrow(), parsed.data, await headers());
    revalidatePath('/settings/security');
    return { ok: true };
  } catch (error) {
    if (error instanceof SsoSetupProblem) return error.field === 'form' ? formError(error.message) : { ok: false, fieldErrors: { [error.field]: [error.message] } };
    if (error instanceof NotSignedInError || error instanceof SsoAccessError) return formError(error.message);
    return formError(actionFailureMessage(error, 'Saving the single sign-on provider'));
  }
}

/** For the Remove confirmation: null once removed, else what went wrong. */
export async function removeSsoProviderAction(): Promise<string | null> {
  try {
    await removeSsoProvider(await actorOrThrow(), await headers());
    revalidatePath('/settings/security');
    return null;
  } catch (error) {
    if (error instanceof NotSignedInError || error instanceof SsoAccessError) return error.message;
    return actionFailureMessage(error, 'Removing the single sign-on provider');
  }
}
