'use server';

import { revalidatePath } from 'next/cache';
import { formError, invalid, type FormResult } from '@/lib/action-result';
import { actorOrThrow, NotSignedInError } from '@/lib/auth/actor';
import { actionFailureMessage } from '@/lib/report-failure';
import { WebhookRefusal } from '@/lib/webhooks/errors';
import { createWebhookEndpoint, deleteWebhookEndpoint, rotateWebhookSecret, updateWebhookEndpoint } from '@/lib/webhooks/manage-endpoints';
import { newWebhookSchema } from '@/lib/webhooks/schemas';
import { sendTestEvent } from '@/lib/webhooks/send-test-event';
import { endpointIdSchema, endpointSwitchSchema } from './schemas';

const PAGE = '/settings/webhooks';

function refusal(error: unknown, action: string): FormResult<never> {
  if (error instanceof WebhookRefusal && error.field) return { ok: false, fieldErrors: { [error.field]: [error.message] } };
  if (error instanceof NotSignedInError || error instanceof WebhookRefusal) return formError(error.message);
  return formError(actionFailureMessage(error, action));
}

/** The secret is in this answer only: shown once, it is stored sealed and never read out again. */
export async function createWebhookAction(formData: FormData): Promise<FormResult<{ secret: string; url: string }>> {
  const parsed = newWebhookSchema.safeParse({ url: formData.get('url'), events: formData.getAll('events'), description: formData.get('description') ?? undefined });
  if (!parsed.success) return invalid(parsed.error);
  try {
    const { endpoint, secret } = await createWebhookEndpoint(await actorOrThrow(), parsed.data);
    revalidatePath(PAGE);
    return { ok: true, secret, url: endpoint.url };
  } catch (error) {
    return refusal(error, 'Adding a webhook endpoint');
  }
}

export async function rotateWebhookSecretAction(formData: FormData): Promise<FormResult<{ secret: string }>> {
  const parsed = endpointIdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return formError('Reload the page and try again.');
  try {
    const { secret } = await rotateWebhookSecret(await actorOrThrow(), parsed.data.endpointId);
    revalidatePath(PAGE);
    return { ok: true, secret };
  } catch (error) {
    return refusal(error, 'Rotating a webhook secret');
  }
}

export async function switchWebhookAction(formData: FormData): Promise<FormResult> {
  const parsed = endpointSwitchSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return formError('Reload the page and try again.');
  try {
    await updateWebhookEndpoint(await actorOrThrow(), parsed.data.endpointId, { enabled: parsed.data.enabled });
    revalidatePath(PAGE);
    return { ok: true };
  } catch (error) {
    return refusal(error, parsed.data.enabled ? 'Turning a webhook endpoint on' : 'Turning a webhook endpoint off');
  }
}

export async function sendTestEventAction(formData: FormData): Promise<FormResult> {
  const parsed = endpointIdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return formError('Reload the page and try again.');
  try {
    await sendTestEvent(await actorOrThrow(), parsed.data.endpointId);
    revalidatePath(PAGE);
    return { ok: true };
  } catch (error) {
    return refusal(error, 'Sending a test event');
  }
}

export async function deleteWebhookAction(formData: FormData): Promise<FormResult> {
  const parsed = endpointIdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return formError('Reload the page and try again.');
  try {
    await deleteWebhookEndpoint(await actorOrThrow(), parsed.data.endpointId);
    revalidatePath(PAGE);
    return { ok: true };
  } catch (error) {
    return refusal(error, 'Deleting a webhook endpoint');
  }
}
