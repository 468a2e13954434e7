import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/lib/db/client';
import { getAuth } from './auth';

export type WorkspaceRole = 'owner' | 'admin' | 'member';

export interface WorkspaceMembership {
  id: string;
  name: string;
  role: WorkspaceRole;
}

/** The signed-in person acting in their active workspace: what every authorization decision takes. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  workspaceId: string;
  workspaceName: string;
  role: WorkspaceRole;
  workspaces: WorkspaceMembership[];
}

export class NotSignedInError extends Error {
  override name = 'NotSignedInError';
  constructor() {
    super('Your session has ended. Sign in again to continue.');
  }
}

const asRole = (role: string): WorkspaceRole => (role === 'owner' || role === 'admin' ? role : 'member');

const currentSession = cache(async () => {
  return (await getAuth()).api.getSession({ headers: await headers() });
});

/** The signed-in user, whether or not they belong to a workspace. */
export async function currentUser() {
  return (await currentSession())?.user ?? null;
}

/** Reads the session from the request cookies; null when signed out or in no workspace. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await currentSession();
  if (!session) return null;
  const db = await getDb();
  const memberships = await db.member.findMany({
    where: { userId: session.user.id },
    select: { role: true, organization: { select: { id: true, name: true } } },
    orderBy: { createdAt: 'asc' },
  });
  const workspaces = memberships.map((m) => ({ id: m.organization.id, name: m.organization.name, role: asRole(m.role) }));
  // The session's active workspace, unless the person has left it since; else their first one.
  const active = workspaces.find((w) => w.id === session.session.activeOrganizationId) ?? workspaces[0];
  if (!active) return null;
  return {
    userId: session.user.id,
    name: session.user.name,
    email: session.user.email,
    workspaceId: active.id,
    workspaceName: active.name,
    role: active.role,
    workspaces,
  };
});

/** For pages: the actor, or a redirect to sign in that comes back to `returnTo` afterwards. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return actor;
}

/** For server actions and route handlers: the actor, or NotSignedInError. */
export async function actorOrThrow(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new NotSignedInError();
  return actor;
}
