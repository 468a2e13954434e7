'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { formError, type FormResult } from '@/lib/action-result';
import { revokeAccountSession, revokeOtherAccountSessions, SESSION_NOT_FOUND } from '@/lib/account/account-sessions';
import { actionFailureMessage } from '@/lib/report-failure';
import { sessionIdSchema } from './schemas';

/** Signs out one of the person's other sessions: that browser is signed out on its next request. */
export async function revokeSession(sessionId: string): Promise<FormResult> {
  const id = sessionIdSchema.safeParse(sessionId);
  if (!id.success) return formError(SESSION_NOT_FOUND);
  let outcome;
  try {
    outcome = await revokeAccountSession(await headers(), id.data);
  } catch (error) {
    return formError(actionFailureMessage(error, 'Signing out a session'));
  }
  if (outcome === 'signed-out') redirect('/sign-in?next=/account');
  if (outcome === 'not-found') return formError(SESSION_NOT_FOUND);
  if (outcome === 'current') return formError('That is this device. Use Sign out in the account menu to sign out here.');
  revalidatePath('/account');
  return { ok: true };
}

export async function revokeOtherSessions(): Promise<FormResult> {
  let ended;
  try {
    ended = await revokeOtherAccountSessions(await headers());
  } catch (error) {
    return formError(actionFailureMessage(error, 'Signing out other sessions'));
  }
  if (ended === null) redirect('/sign-in?next=/account');
  revalidatePath('/account');
  return { ok: true };
}
