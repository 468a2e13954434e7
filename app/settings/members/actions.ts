'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { isAPIError } from 'better-auth/api';
import { formError, invalid, type FormResult } from '@/lib/action-result';
import { authIdSchema } from '@/lib/auth/account-schemas';
import { actorOrThrow, NotSignedInError, type Actor } from '@/lib/auth/actor';
import { changeMemberRole as changeRole, inviteToWorkspace, revokeInvitation } from '@/lib/auth/member-changes';
import { canManageMembers } from '@/lib/auth/workspace-members';
import { emailInvitation, type InvitationEmailOutcome } from '@/lib/email/invitation-email';
import { inviteSchema, roleChangeSchema } from './schemas';

/** Better Auth checks membership and role too; its refusals are shown as the person's error. */
async function asManager<T extends object>(run: (actor: Actor, requestHeaders: Headers) => Promise<FormResult<T>>): Promise<FormResult<T>> {
  try {
    const actor = await actorOrThrow();
    if (!canManageMembers(actor)) return formError('Only workspace owners and admins can manage members.');
    return await run(actor, await headers());
  } catch (error) {
    if (error instanceof NotSignedInError) return formError(error.message);
    if (isAPIError(error)) return formError(error.message || 'That change was refused.');
    throw error;
  }
}

export type InviteResult = FormResult<{ invitationId: string; email: string; emailed: InvitationEmailOutcome }>;

/** Creates the invitation, then queues its email (when this server sends email); the link works either way. */
export async function inviteMember(_previous: InviteResult | null, formData: FormData): Promise<InviteResult> {
  const parsed = inviteSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  return asManager(async (actor, requestHeaders) => {
    const invitation = await inviteToWorkspace(actor, parsed.data, requestHeaders);
    const emailed = await emailInvitation({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role ?? parsed.data.role,
      workspaceName: actor.workspaceName,
      inviterName: actor.name,
      expiresAt: new Date(invitation.expiresAt),
    });
    revalidatePath('/settings/members');
    return { ok: true, invitationId: invitation.id, email: invitation.email, emailed };
  });
}

export async function changeMemberRole(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const parsed = roleChangeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  return asManager(async (actor, requestHeaders) => {
    await changeRole(actor, parsed.data, requestHeaders);
    revalidatePath('/settings/members');
    return { ok: true };
  });
}

export async function cancelInvitation(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const invitationId = authIdSchema.safeParse(formData.get('invitationId'));
  if (!invitationId.success) return formError('This invitation no longer exists. Reload the page.');
  return asManager(async (actor, requestHeaders) => {
    await revokeInvitation(actor, invitationId.data, requestHeaders);
    revalidatePath('/settings/members');
    return { ok: true };
  });
}
