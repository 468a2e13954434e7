import 'server-only';
import { isAPIError } from 'better-auth/api';
import { getAuth } from './auth';
import { findInvitation } from './workspace-members';

export type InvitationSignUp = { ok: true; invitationId: string } | { ok: false; message: string };

/**
 * Creates the invited person's account, with the email the invitation names, and signs them in.
 * This is the only way to an account once an install is set up: holding the invitation's link (its
 * long random id) is what proves the email is theirs. Better Auth's own sign-up endpoint is closed
 * over HTTP (lib/auth/auth-endpoints.ts), so nobody can claim an invited email first.
 */
export async function signUpWithInvitation(input: { invitationId: string; name: string; password: string }, requestHeaders: Headers): Promise<InvitationSignUp> {
  const invitation = await findInvitation(input.invitationId);
  if (!invitation?.usable) return { ok: false, message: 'This invitation is no longer valid. Ask for a new link.' };
  if (invitation.accountExists) return { ok: false, message: 'An account with this email exists already. Sign in with it to accept the invitation.' };
  try {
    await (await getAuth()).api.signUpEmail({ body: { name: input.name, email: invitation.email, password: input.password }, headers: requestHeaders });
  } catch (error) {
    if (isAPIError(error)) return { ok: false, message: error.message || 'Could not create the account.' };
    throw error;
  }
  return { ok: true, invitationId: invitation.id };
}
