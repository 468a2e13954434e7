'use server';

import { revalidatePath } from 'next/cache';
import { formError, invalid, type FormResult } from '@/lib/action-result';
import { actorOrThrow, NotSignedInError } from '@/lib/auth/actor';
import { canManageMembers } from '@/lib/auth/workspace-members';
import { saveHealthSettings } from '@/lib/health/health-settings';
import { actionFailureMessage } from '@/lib/report-failure';
import { healthSettingsSchema } from './schemas';

export async function saveHealthSettingsAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const parsed = healthSettingsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    const actor = await actorOrThrow();
    if (!canManageMembers(actor)) return formError('Only owners and admins can change how this workspace checks its credentials.');
    await saveHealthSettings(actor, parsed.data);
    revalidatePath('/settings/health-checks');
    return { ok: true };
  } catch (error) {
    if (error instanceof NotSignedInError) return formError(error.message);
    return formError(actionFailureMessage(error, 'Saving the health-check settings'));
  }
}
