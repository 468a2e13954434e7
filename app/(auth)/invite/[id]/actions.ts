'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { isAPIError } from 'better-auth/api';
import { formError, invalid, type FormResult } from '@/lib/action-result';
import { authIdSchema } from '@/lib/auth/account-schemas';
import { getAuth } from '@/lib/auth/auth';
import { signUpWithInvitation } from '@/lib/auth/invitation-sign-up';
import { joinByInvitation } from '@/lib/auth/member-changes';
import { inviteSignUpSchema } from './schemas';

/** Creates the invited person's account (email fixed by the invitation) and signs them in. */
export async function signUpForInvitation(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const parsed = inviteSignUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const outcome = await signUpWithInvitation(parsed.data, await headers());
  if (!outcome.ok) return formError(outcome.message);
  redirect(`/invite/${outcome.invitationId}`);
}

/** Joins the workspace; Better Auth checks the invitation is pending and addressed to this account. */
export async function acceptInvitation(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const invitationId = authIdSchema.safeParse(formData.get('invitationId'));
  if (!invitationId.success) return formError('This invitation is no longer valid. Ask for a new link.');
  const auth = await getAuth();
  const requestHeaders = await headers();
  try {
    const workspaceId = await joinByInvitation(invitationId.data, requestHeaders);
    if (workspaceId) await auth.api.setActiveOrganization({ body: { organizationId: workspaceId }, headers: requestHeaders });
  } catch (error) {
    if (isAPIError(error)) return formError(error.message || 'Could not accept the invitation.');
    throw error;
  }
  redirect('/');
}
