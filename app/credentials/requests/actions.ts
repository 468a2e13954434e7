'use server';

import { revalidatePath } from 'next/cache';
import { formError, invalid, type FormResult } from '@/lib/action-result';
import { actorOrThrow } from '@/lib/auth/actor';
import { createCredentialRequest, credentialRequestLink, revokeCredentialRequest } from '@/lib/credential-requests/manage-requests';
import { credentialRequestSchema } from '@/lib/credential-requests/schemas';
import { actionErrorMessage } from '../action-errors';
import { requestContextSchema, requestIdSchema } from './schemas';
import type { MadeRequest } from '@/lib/credential-requests/request-dto';

/** The link, once: the page that asked shows it and keeps it nowhere else. */
export async function createRequestAction(formData: FormData): Promise<FormResult<{ made: MadeRequest }>> {
  const fields = Object.fromEntries(formData);
  const parsed = credentialRequestSchema.safeParse(fields);
  if (!parsed.success) return invalid(parsed.error);
  const context = requestContextSchema.safeParse(fields);
  if (!context.success) return formError('Reload the page and try again.');
  const { flowKind, replaceCredentialId } = context.data;
  try {
    const { request, url, email } = await createCredentialRequest(await actorOrThrow(), {
      ...parsed.data,
      // Models are chosen after Authenticate, so a request from the flow knows none yet.
      ...(flowKind && { flow: { kind: flowKind, models: [] } }),
      ...(replaceCredentialId && { replaceCredentialId }),
    });
    revalidatePath('/credentials', 'layout');
    return { ok: true, made: { url, expiresIn: request.expiresIn, expiresAt: request.expiresAt, recipientEmail: request.recipientEmail, email } };
  } catch (error) {
    return formError(actionErrorMessage(error, 'Making a credential request'));
  }
}

/** The link again, on this click only: it is never part of a page. */
export async function requestLinkAction(formData: FormData): Promise<FormResult<{ url: string }>> {
  const parsed = requestIdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return formError('Reload the page and try again.');
  try {
    return { ok: true, url: await credentialRequestLink(await actorOrThrow(), parsed.data.id) };
  } catch (error) {
    return formError(actionErrorMessage(error, 'Copying a request link'));
  }
}

export async function revokeRequestAction(formData: FormData): Promise<FormResult> {
  const parsed = requestIdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return formError('Reload the page and try again.');
  try {
    await revokeCredentialRequest(await actorOrThrow(), parsed.data.id);
    revalidatePath('/credentials', 'layout');
    return { ok: true };
  } catch (error) {
    return formError(actionErrorMessage(error, 'Revoking a credential request'));
  }
}
