import 'server-only';
import { isAPIError } from 'better-auth/api';
import { getDb } from '@/lib/db/client';
import { authIdSchema } from './account-schemas';
import { getAuth } from './auth';

// The same answer for "does not exist" and "not yours": it reveals nothing about other workspaces.
export const WORKSPACE_NOT_FOUND = 'This workspace does not exist or you do not have access to it.';

/**
 * Makes one of the person's workspaces the active one for this session. Membership is checked
 * here first: Better Auth, refusing a workspace that is not theirs, would also clear the session's
 * active workspace on the way.
 */
export async function switchActiveWorkspace(requestHeaders: Headers, workspaceId: unknown): Promise<'switched' | 'signed-out' | 'not-found'> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return 'signed-out';
  const id = authIdSchema.safeParse(workspaceId);
  if (!id.success) return 'not-found';
  const membership = await (await getDb()).member.findFirst({ where: { userId: session.user.id, organizationId: id.data }, select: { id: true } });
  if (!membership) return 'not-found';
  try {
    await auth.api.setActiveOrganization({ body: { organizationId: id.data }, headers: requestHeaders });
  } catch (error) {
    // Removed from it, or it was deleted, since the check.
    if (isAPIError(error)) return 'not-found';
    throw error;
  }
  return 'switched';
}
