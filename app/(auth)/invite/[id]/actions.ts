'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { isAPIError } from 'better-auth/api';
import { formError, invalid, type FormResult } from '@/lib/action-result';
import { getAuth } from '@/lib/auth/auth';
import { findInvitation } from '@/lib/auth/workspace-members';
import { inviteSignUpSchema } from './schemas';

/** Creates the invited person's account (email fixed by the invitation) and signs them in. */
export async function signUpForInvitation(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const parsed = inviteSignUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const invitation = await findInvitation(parsed.data.invitationId);
  if (!invitation?.usable) return formError('This invitation is no longer valid. Ask for a new link.');
  try {
    await (await getAuth()).api.signUpEmail({
      body: { name: parsed.data.name, email: invitation.email, password: parsed.data.password },
      headers: await headers(),
    });
  } catch (error) {
    if (isAPIError(error)) return formError(error.message || 'Could not create the account.');
    throw error;
  }
  redirect(`/invite/${invitation.id}`);
}

/** Joins the workspace; Better Auth checks the invitation is pending and addressed to this account. */
export async function acceptInvitation(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const invitationId = String(formData.get('invitationId') ?? '');
  const auth = await getAuth();
  const requestHeaders = await headers();
  try {
    const accepted = await auth.api.acceptInvitation({ body: { invitationId }, headers: requestHeaders });
    const workspaceId = accepted?.invitation.organizationId;
    if (workspaceId) await auth.api.setActiveOrganization({ body: { organizationId: workspaceId }, headers: requestHeaders });
  } catch (error) {
    if (isAPIError(error)) return formError(error.message || 'Could not accept the invitation.');
    throw error;
  }
  redirect('/');
}
