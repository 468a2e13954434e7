'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { isAPIError } from 'better-auth/api';
import { formError, invalid, type FormResult } from '@/lib/action-result';
import { ApiKeyRefusal, createApiKey, revokeApiKey } from '@/lib/api/api-keys/manage-api-keys';
import { actorOrThrow, NotSignedInError } from '@/lib/auth/actor';
import { actionFailureMessage } from '@/lib/report-failure';
import { createApiKeySchema, revokeApiKeySchema } from './schemas';

function refusal(error: unknown, action: string): FormResult<never> {
  if (error instanceof ApiKeyRefusal && error.field) return { ok: false, fieldErrors: { [error.field]: [error.message] } };
  if (error instanceof NotSignedInError || error instanceof ApiKeyRefusal) return formError(error.message);
  // Better Auth's API key plugin checks the workspace role as well; its own wording is technical.
  if (isAPIError(error) && error.statusCode < 500) return formError(error.statusCode === 403 ? 'Your role in this workspace does not allow managing API keys.' : 'That was refused. Reload the page and try again.');
  return formError(actionFailureMessage(error, action));
}

/** The key is in this answer only: it is not stored anywhere it could be read again. */
export async function createApiKeyAction(_previous: FormResult<{ key: string; name: string }> | null, formData: FormData): Promise<FormResult<{ key: string; name: string }>> {
  const parsed = createApiKeySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    const { key } = await createApiKey(await actorOrThrow(), parsed.data.name, await headers());
    revalidatePath('/settings/api-keys');
    return { ok: true, key, name: parsed.data.name };
  } catch (error) {
    return refusal(error, 'Creating an API key');
  }
}

export async function revokeApiKeyAction(formData: FormData): Promise<FormResult> {
  const parsed = revokeApiKeySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return formError('Reload the page and try again.');
  try {
    await revokeApiKey(await actorOrThrow(), parsed.data.keyId, await headers());
    revalidatePath('/settings/api-keys');
    return { ok: true };
  } catch (error) {
    return refusal(error, 'Revoking an API key');
  }
}
